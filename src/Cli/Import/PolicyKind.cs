namespace XmppTopology.Cli.Import;

/// <summary>The scope of an external access policy, as its Identity says.</summary>
internal enum PolicyKind
{
    Global,
    Site,
    User,
}
