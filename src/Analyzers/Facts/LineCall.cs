using Microsoft.CodeAnalysis.Text;

namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// One call of a <see cref="UserLine"/>: its span (from the method name to the closing
/// parenthesis) and its one argument, a constant (a string, a bool) or the key of a pool handle,
/// at the argument's span. The default value is a call that is not made.
/// </summary>
internal readonly record struct LineCall(TextSpan Span, object? Constant, string? HandleKey, TextSpan ArgumentSpan)
{
    public bool IsMade => !Span.IsEmpty;

    /// <summary>The argument as the binder-based reader gives it.</summary>
    public Value Argument => HandleKey is null ? new Value.Constant(Constant, ArgumentSpan) : new Value.SymbolReference(HandleKey, ArgumentSpan);
}
