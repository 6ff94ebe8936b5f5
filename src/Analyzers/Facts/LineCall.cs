using Microsoft.CodeAnalysis.Text;

namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// One call of a users statement as written: its span (from the method name to the closing
/// parenthesis), how its one argument is written, and the argument's span (for <c>Xmpp()</c>, whose
/// argument is implicit, the chain up to the call); for a call the binder read, the argument's
/// value. The default value is a call that is not made.
/// </summary>
internal readonly record struct LineCall(TextSpan Span, LineArgument Argument, TextSpan ArgumentSpan, Value? Value = null)
{
    public bool IsMade => Argument != LineArgument.None;
}
