using System.Linq;

namespace XmppTopology.Tests.Rules;

public class BaselineTests
{
    [Fact]
    public void The_baseline_coexistence_topology_has_no_findings()
    {
        var topology = Topologies.Coexistence();

        Assert.Empty(topology.Validate());
    }

    [Fact]
    public void The_baseline_uses_XMPP_through_a_user_and_a_partner_and_mixes_legacy_and_2019_pools()
    {
        var topology = Topologies.Coexistence();

        Assert.Equal(XmppAccess.Enabled, topology.Users.Single(u => u.SipAddress == Topologies.Alice).Xmpp);
        Assert.Equal(Topologies.Partner, topology.XmppPartners.Single().Domain);
        Assert.Equal(
            [ProductVersion.SkypeForBusiness2015, ProductVersion.SkypeForBusiness2019, ProductVersion.SkypeForBusiness2015, ProductVersion.SkypeForBusiness2019,
             ProductVersion.SkypeForBusiness2015, ProductVersion.LyncServer2013, ProductVersion.SkypeForBusiness2015, ProductVersion.SkypeForBusiness2019,
             ProductVersion.SkypeForBusiness2015],
            topology.Pools.Select(p => p.Version!.Value));
        Assert.Equal([Topologies.Redmond, Topologies.Tukwila, Topologies.Dublin, Topologies.Cork], topology.Sites.Select(s => s.Name));
    }

    [Fact]
    public void The_pool_callbacks_run_after_the_baseline_settings()
    {
        var topology = Topologies.Coexistence(redmondEdge2015: edge => edge.XmppProxy(false));

        Assert.False(topology.FindPool(Topologies.RedmondEdge2015.Fqdn)!.XmppProxy);
    }
}
