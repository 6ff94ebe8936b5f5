using System.Linq;

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

        Assert.Equal("XMPP001", finding.RuleId);
        Assert.Equal(["fe15-red.contoso.com", "fe15-dub0.contoso.com", "fe15-dub1.contoso.com", "fe15-dub2.contoso.com", "fe15-dub3.contoso.com"], finding.FixTargets);
    }
}
