using System;
using System.Linq;
using XmppTopology.Rules;

namespace XmppTopology.Tests;

public class FixTargetLimitTests
{
    [Fact]
    public void A_finding_offers_at_most_five_targets_same_site_first()
    {
        var topology = Topology.Define("contoso.com", t => t
            .CentralSite("Dublin", site =>
            {
                foreach (var i in Enumerable.Range(0, 6))
                {
                    site.FrontEndPool($"fe15-dub{i}.contoso.com", ProductVersion.SkypeForBusiness2015);
                }
            })
            .CentralSite("Redmond", site => site
                .FrontEndPool("fe15-red.contoso.com", ProductVersion.SkypeForBusiness2015)
                .FrontEndPool("fe19-red.contoso.com", ProductVersion.SkypeForBusiness2019)
                .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
            .Users(u => u.User("sip:alice@contoso.com").HomedOn("fe19-red.contoso.com").Xmpp()));

        var finding = Assert.Single(topology.Validate());

        Assert.Equal(RuleIds.Xmpp001, finding.RuleId);
        Assert.Equal(["fe15-red.contoso.com", "fe15-dub0.contoso.com", "fe15-dub1.contoso.com", "fe15-dub2.contoso.com", "fe15-dub3.contoso.com"], finding.FixTargets);
    }

    // The indexed answer must be the one a sort of every pool gives, for every site: pools in
    // several sites, some without one, FQDNs that differ only in case, some stated twice.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_nearest_targets_are_those_of_a_full_sort(int seed)
    {
        var random = new Random(seed);
        string?[] sites = ["Dublin", "dublin", "Redmond", "Tokyo", null];
        var pools = Enumerable.Range(0, 60).Select(i => new Pool(
            random.Next(8) == 0 ? null : $"{(random.Next(2) == 0 ? "FE" : "fe")}{random.Next(25)}.contoso.com",
            random.Next(4) == 0 ? PoolRole.EdgePool : PoolRole.FrontEndPool,
            random.Next(3) == 0 ? ProductVersion.SkypeForBusiness2019 : ProductVersion.SkypeForBusiness2015,
            sites[random.Next(sites.Length)])
        {
            Plan = random.Next(5) == 0 ? PlannedChange.Removal : PlannedChange.None,
        }).ToList();
        var context = new RuleContext(new Topology("contoso.com", [], pools, [], [], []));

        foreach (var site in sites.Append("Nowhere"))
        {
            Assert.Equal(context.Nearest(site, p => p.Role.IsFrontEnd() && p.IsLegacyAndStays), context.LegacyFrontEndsNear(site));
            Assert.Equal(context.Nearest(site, p => p.Role.IsFrontEnd() && p.Plan == PlannedChange.None), context.FrontEndsThatStayNear(site));
        }
    }
}
