using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// One DSL call: what it is, which builder it is made on, its argument values by parameter
/// ordinal (null for callbacks), and the span to report at (from the method name to the
/// closing parenthesis).
/// </summary>
internal sealed record CallFact(DslMethod Method, Instance? Receiver, ImmutableArray<Value?> Arguments, TextSpan Span)
{
    /// <summary>A callback that is neither a lambda nor a method group (a delegate from elsewhere): what it declares cannot be followed.</summary>
    public TextSpan? UnfollowedCallback { get; init; }
}
