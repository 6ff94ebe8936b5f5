namespace XmppTopology.Analyzers.Extraction;

/// <summary>What <see cref="UserListLexer"/> reads: the few tokens a users statement is made of, and the rest.</summary>
internal enum UserListTokenKind
{
    End,
    Identifier,
    Dot,
    OpenParenthesis,
    CloseParenthesis,
    Semicolon,
    String,
    Other,
}
