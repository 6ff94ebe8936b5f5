using System;
using System.Collections.Generic;
using System.Linq;

namespace XmppTopology.Rules;

/// <summary>
/// The pools a fix may target, in FQDN order, overall and by site: the nearest few for any site
/// (those of the site first, then the others) without sorting every pool again for each site.
/// A large topology has thousands of sites; sorting per site made its analysis grow with the
/// square of its size.
/// </summary>
internal sealed class NearbyPools
{
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    private readonly List<Pool> _all;
    private readonly Dictionary<string, List<Pool>> _bySite = new(Names);
    private readonly List<Pool> _withoutSite = [];

    public NearbyPools(IEnumerable<Pool> pools, Func<Pool, bool> candidate)
    {
        _all = pools.Where(p => p.Fqdn is not null && candidate(p)).OrderBy(p => p.Fqdn, Names).ToList();
        foreach (var pool in _all)
        {
            if (pool.Site is null)
            {
                _withoutSite.Add(pool);
            }
            else if (_bySite.TryGetValue(pool.Site, out var ofSite))
            {
                ofSite.Add(pool);
            }
            else
            {
                _bySite[pool.Site] = [pool];
            }
        }
    }

    /// <summary>
    /// The FQDNs of at most <paramref name="count"/> pools: those of <paramref name="site"/>
    /// first, each FQDN once, <paramref name="except"/> left out.
    /// </summary>
    public IReadOnlyList<string> Near(string? site, int count, string? except = null)
    {
        var ofSite = site is null ? _withoutSite : _bySite.TryGetValue(site, out var found) ? found : [];
        var nearest = new List<string>(count);
        foreach (var pool in ofSite.Concat(_all))
        {
            if (nearest.Count == count)
            {
                break;
            }

            if (!nearest.Contains(pool.Fqdn!, Names) && !Names.Equals(pool.Fqdn, except))
            {
                nearest.Add(pool.Fqdn!);
            }
        }

        return nearest;
    }
}
