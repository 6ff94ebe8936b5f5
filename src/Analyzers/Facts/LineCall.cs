using Microsoft.CodeAnalysis.Text;

namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// One call of a <see cref="UserLine"/>: its span (from the method name to the closing
/// parenthesis) and its one argument at the argument's span: a constant (a string, a bool), a
/// <see cref="PoolHandleKey"/>, or null where the line reads it from the text on demand (the
/// user's SIP address). The default value is a call that is not made.
/// </summary>
internal readonly record struct LineCall(TextSpan Span, object? Argument, TextSpan ArgumentSpan)
{
    public bool IsMade => !Span.IsEmpty;

    /// <summary>The argument as the binder-based reader gives it.</summary>
    public Value ToValue() => Argument is PoolHandleKey handle ? new Value.SymbolReference(handle.SymbolKey, ArgumentSpan) : new Value.Constant(Argument, ArgumentSpan);
}
