using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Reporting;

/// <summary>
/// TOPO005: a value that a rule needs is not known at compile time, so the analyzer reports it at
/// the value instead of guessing. Analyzer-only by nature: at run time every value is known, and
/// Validate() checks the rules that needed it. The values are named as the DSL's description names
/// its arguments (<see cref="DslArgument.What"/>); the rest are named here.
/// </summary>
internal static class Topo005ValueNotKnown
{
    /// <summary>A DSL call made on a builder the analyzer cannot trace.</summary>
    public const string Builder = "builder this call is made on";

    /// <summary>A declaration's callback that is neither a lambda nor a method group.</summary>
    public const string ElementCallback = "callback that declares this element";

    /// <summary>The Users callback, when it is neither a lambda nor a method group.</summary>
    public const string UsersCallback = "callback that declares the users";

    /// <summary>TOPO005 at a value of <paramref name="tree"/>; <paramref name="what"/> names the value in the message.</summary>
    public static Diagnostic Report(TreeFacts tree, TextSpan span, string what) =>
        Diagnostic.Create(Descriptors.Topo005, Location.Create(tree.Tree, span), what);

    /// <summary>TOPO005 at each value the resolver could not know.</summary>
    public static IEnumerable<Diagnostic> Report(IEnumerable<(TreeFacts Tree, TextSpan Span, string What)> unknowns) =>
        unknowns.Select(unknown => Report(unknown.Tree, unknown.Span, unknown.What));
}
