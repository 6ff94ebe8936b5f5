using System.Collections.Generic;

namespace XmppTopology.Analyzers.Joining;

/// <summary>The users one User or Users call declares, and the settings they share.</summary>
internal sealed record UserGroup(IReadOnlyList<string?> SipAddresses, User Settings);
