namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// A token of <see cref="UserListLexer"/>: its kind and its span. Its text is read from the
/// lexer on demand, so that reading a name allocates nothing.
/// </summary>
internal readonly record struct UserListToken(UserListTokenKind Kind, int Start, int End)
{
    public bool Is(UserListTokenKind kind) => Kind == kind;
}
