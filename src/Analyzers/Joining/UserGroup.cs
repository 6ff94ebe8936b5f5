using System.Collections;
using System.Collections.Generic;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// The users one User or Users call declares, the settings they share, and where each SIP
/// address is written (what TOPO006 reports at). Each user is made when it is asked for.
/// </summary>
internal sealed record UserGroup(IReadOnlyList<string?> SipAddresses, IReadOnlyList<Origin> SipAddressOrigins, User Settings) : IReadOnlyList<User>
{
    public int Count => SipAddresses.Count;

    /// <summary>A user, with its SIP address and where it is written; null for one not known at compile time.</summary>
    public User this[int index] => Settings with { SipAddress = SipAddresses[index], SipAddressOrigin = SipAddressOrigins[index] };

    public IEnumerator<User> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
