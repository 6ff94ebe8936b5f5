using System.Linq;
using static XmppTopology.Tests.Rules.Topologies;
using XmppTopology.Rules;

namespace XmppTopology.Tests.Rules;

/// <summary>TOPO004: federation is enabled on more than one Edge pool.</summary>
public class Topo004Tests
{
    private const string Id = RuleIds.Topo004;

    [Fact]
    public void Federation_on_the_legacy_and_the_2019_Edge_is_an_error_on_each()
    {
        var topology = Coexistence(redmondEdge2015: edge => edge.Federation());

        var findings = topology.FindingsOf(Id);

        Assert.Collection(
            findings,
            legacy =>
            {
                Assert.Equal(FindingSeverity.Error, legacy.Severity);
                Assert.Equal(ElementKind.Pool, legacy.ElementKind);
                Assert.Equal(RedmondEdge2015.Fqdn, legacy.Element);
                Assert.Equal(
                    "Federation is enabled on Edge pool 'edge15-red.contoso.com' and on 'edge19-red.contoso.com'; federation can only be enabled for a single Edge pool",
                    legacy.Message);
                Assert.Equal([RedmondEdge2019.Fqdn], legacy.FixTargets); // the Edge that keeps federation: the routes name it
            },
            current =>
            {
                Assert.Equal(RedmondEdge2019.Fqdn, current.Element);
                Assert.Equal(
                    "Federation is enabled on Edge pool 'edge19-red.contoso.com' and on 'edge15-red.contoso.com'; federation can only be enabled for a single Edge pool",
                    current.Message);
            });
    }

    [Fact]
    public void Without_a_route_through_one_of_the_federating_Edges_no_Edge_is_chosen_to_keep_federation()
    {
        var topology = Coexistence(
            redmondEdge2015: edge => edge.Federation(),
            redmondEdge2019: edge => edge.Federation(false),
            dublin: site => site.EdgePool("edge13-dub.contoso.com", ProductVersion.LyncServer2013, edge => edge.Federation()));

        var findings = topology.FindingsOf(Id);

        Assert.Equal([RedmondEdge2015.Fqdn, "edge13-dub.contoso.com"], findings.Select(f => f.Element));
        Assert.All(findings, f => Assert.Empty(f.FixTargets));
    }

    [Fact]
    public void Each_message_names_all_the_other_federating_Edges()
    {
        var topology = Coexistence(
            redmondEdge2015: edge => edge.Federation(),
            dublin: site => site.EdgePool("edge13-dub.contoso.com", ProductVersion.LyncServer2013, edge => edge.Federation()));

        var findings = topology.FindingsOf(Id);

        Assert.Equal([RedmondEdge2015.Fqdn, RedmondEdge2019.Fqdn, "edge13-dub.contoso.com"], findings.Select(f => f.Element));
        Assert.Equal("'edge15-red.contoso.com', 'edge19-red.contoso.com'", findings[2].MessageArguments[1]);
    }

    [Fact]
    public void Federation_on_a_single_Edge_is_fine()
    {
        var topology = Coexistence(dublin: site => site.EdgePool("edge13-dub.contoso.com", ProductVersion.LyncServer2013, edge => edge.Federation(false)));

        Assert.Single(topology.Pools, p => p.Federation == true);
        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void Moving_federation_from_the_legacy_to_the_2019_Edge_is_fine()
    {
        var topology = Coexistence(
            redmondEdge2015: edge => edge.Federation(false),
            redmondEdge2019: edge => edge.Federation());

        topology.AssertNoFinding(Id);
    }
}
