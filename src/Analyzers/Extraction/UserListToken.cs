namespace XmppTopology.Analyzers.Extraction;

/// <summary>A token of <see cref="UserListLexer"/>: its kind, its span, and its text (an identifier) or value (a string).</summary>
internal readonly record struct UserListToken(UserListTokenKind Kind, int Start, int End, string? Text)
{
    public bool Is(UserListTokenKind kind) => Kind == kind;

    public bool IsIdentifier(string text) => Kind == UserListTokenKind.Identifier && Text == text;
}
