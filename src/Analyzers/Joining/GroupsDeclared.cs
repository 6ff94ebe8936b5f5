using System.Collections.Generic;
using System.Runtime.CompilerServices;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// The users that calls read through the binder declare in one topology, a group per call: each
/// declaration is made from its group on demand, for the few TOPO006 compares. A team of fifty
/// users is then one group and fifty hashes, not fifty users made and kept.
/// </summary>
internal sealed class GroupsDeclared : DeclarationRun
{
    private readonly List<(UserGroup Group, OrderKey When)> _groups;
    private readonly (int Group, int Item)[] _declarations;

    private GroupsDeclared(int topology, List<(UserGroup Group, OrderKey When)> groups, (int[] Hashes, (int Group, int Item)[] Declarations) known)
        : base(topology, known.Hashes, Indexes(known.Hashes.Length)) => (_groups, _declarations) = (groups, known.Declarations);

    /// <summary>The groups of one topology (its number in <see cref="Infrastructure.Topologies"/>), in the order their calls are read.</summary>
    public GroupsDeclared(int topology, List<(UserGroup Group, OrderKey When)> groups)
        : this(topology, groups, Known(groups))
    {
    }

    protected override UserDeclaration Declaration(int item)
    {
        var (group, user) = _declarations[item];
        return new UserDeclaration(_groups[group].Group[user], _groups[group].When, user);
    }

    // The users whose SIP addresses are known (the others are declared, but TOPO006 cannot compare them).
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private static (int[] Hashes, (int Group, int Item)[] Declarations) Known(List<(UserGroup Group, OrderKey When)> groups)
    {
        var count = 0;
        foreach (var (group, _) in groups)
        {
            foreach (var sipAddress in group.SipAddresses)
            {
                count += sipAddress is null ? 0 : 1;
            }
        }

        var (hashes, declarations, next) = (new int[count], new (int, int)[count], 0);
        for (var group = 0; group < groups.Count; group++)
        {
            var sipAddresses = groups[group].Group.SipAddresses;
            for (var item = 0; item < sipAddresses.Count; item++)
            {
                if (sipAddresses[item] is { } sipAddress)
                {
                    (hashes[next], declarations[next]) = (SipAddressHash.Of(sipAddress), (group, item));
                    next++;
                }
            }
        }

        return (hashes, declarations);
    }
}
