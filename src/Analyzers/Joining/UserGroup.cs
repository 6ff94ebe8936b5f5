using System.Collections.Generic;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// The users one User or Users call declares, the settings they share, and where each SIP
/// address is written (what TOPO006 reports at).
/// </summary>
internal sealed record UserGroup(IReadOnlyList<string?> SipAddresses, IReadOnlyList<Origin> SipAddressOrigins, User Settings)
{
    /// <summary>The users, each with its SIP address and where it is written; null for one not known at compile time.</summary>
    public IEnumerable<User> Users()
    {
        for (var index = 0; index < SipAddresses.Count; index++)
        {
            yield return Settings with { SipAddress = SipAddresses[index], SipAddressOrigin = SipAddressOrigins[index] };
        }
    }
}
