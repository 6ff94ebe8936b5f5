using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// An argument's value as plain data, read from one syntax tree. Names of fields and properties
/// stay symbolic (their definitions may live in other trees) and are resolved when the trees'
/// facts are joined, so cached facts stay valid when another file changes.
/// </summary>
internal abstract record Value(TextSpan Span)
{
    /// <summary>A literal, nameof, or a constant from a referenced assembly.</summary>
    public sealed record Constant(object? Content, TextSpan Span) : Value(Span);

    /// <summary>A source field or property, by documentation ID, resolved at join time.</summary>
    public sealed record SymbolReference(string Key, TextSpan Span) : Value(Span);

    /// <summary>String concatenation or interpolation.</summary>
    public sealed record Concatenation(ImmutableArray<Value> Parts, TextSpan Span) : Value(Span);

    /// <summary>An array or collection of values (a list of SIP addresses).</summary>
    public sealed record Sequence(ImmutableArray<Value> Items, TextSpan Span) : Value(Span);

    /// <summary>
    /// A list of string literals only, as a team's SIP addresses are written: each item's text and
    /// span, without a value per item (a large topology's teams list 100,000 of them).
    /// </summary>
    public sealed record Literals(ImmutableArray<string> Texts, ImmutableArray<TextSpan> ItemSpans, TextSpan Span) : Value(Span);

    /// <summary>Something the compiler cannot know: a parameter, a method call, a loop variable.</summary>
    public sealed record NotConstant(TextSpan Span) : Value(Span);
}
