using System.Collections.Generic;

namespace XmppTopology.Cli.Import;

/// <summary>
/// The users of a Get-CsUser export that are homed on premises, in the export's order, and how many
/// rows were left out for that reason: not enabled for Skype for Business Server, or with no
/// RegistrarPool (not homed on an on-premises pool).
/// </summary>
internal sealed record ImportedUsers(string Source, IReadOnlyList<ImportedUser> Users, int NotEnabled, int NotHomed);
