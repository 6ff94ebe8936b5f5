namespace XmppTopology.Cli.Import;

/// <summary>
/// An external access policy of <c>Get-CsExternalAccessPolicy | Export-Csv</c>: its scope from its
/// Identity ("Global", "Site:Redmond", "Tag:AllowXmpp") and its <c>EnableXmppAccess</c>.
/// </summary>
internal sealed record ImportedPolicy(PolicyKind Scope, string? Name, bool EnableXmppAccess);
