using System;
using System.Collections.Generic;
using System.Linq;

namespace XmppTopology.Rules;

/// <summary>
/// The names a topology declares, by kind, for TOPO001. A set is null when some declaration's
/// name is not known at compile time: then no reference of that kind is judged.
/// </summary>
internal sealed class DeclaredNames(Topology topology)
{
    public HashSet<string>? Pools { get; } = Declared(topology.Pools.Select(p => p.Fqdn));

    public HashSet<string>? Sites { get; } = Declared(topology.Sites.Select(s => s.Name));

    public HashSet<string>? UserPolicies { get; } =
        Declared(topology.ExternalAccessPolicies.Where(p => p.Scope == PolicyScope.User).Select(p => p.Name));

    private static HashSet<string>? Declared(IEnumerable<string?> names)
    {
        var declared = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (name is null)
            {
                return null;
            }

            declared.Add(name);
        }

        return declared;
    }
}
