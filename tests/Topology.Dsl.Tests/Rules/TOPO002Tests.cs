using System.Linq;
using static XmppTopology.Tests.Rules.Topologies;
using XmppTopology.Rules;

namespace XmppTopology.Tests.Rules;

/// <summary>TOPO002: two elements share one FQDN (pools and their machines).</summary>
public class Topo002Tests
{
    private const string Id = RuleIds.Topo002;

    [Fact]
    public void A_pilot_pool_named_like_the_legacy_pool_is_an_error_on_both_pools()
    {
        var topology = Coexistence(dublin: site => site.FrontEndPool(RedmondFe2015, ProductVersion.SkypeForBusiness2019));

        var findings = topology.FindingsOf(Id);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, finding =>
        {
            Assert.Equal(FindingSeverity.Error, finding.Severity);
            Assert.Equal(ElementKind.Pool, finding.ElementKind);
            Assert.Equal(RedmondFe2015.Fqdn, finding.Element);
            Assert.Equal("'fe15-red.contoso.com' is declared 2 times; every pool and server needs its own FQDN", finding.Message);
            Assert.Empty(finding.FixTargets);
        });
    }

    [Fact]
    public void A_pool_named_like_a_machine_of_another_pool_is_an_error()
    {
        var topology = Coexistence(dublin: site => site.FrontEndPool("fe15-red-01.contoso.com", ProductVersion.SkypeForBusiness2019));

        var findings = topology.FindingsOf(Id);

        Assert.Equal(["fe15-red-01.contoso.com", "fe15-red-01.contoso.com"], findings.Select(f => f.Element));
        Assert.All(findings, f => Assert.Equal(["fe15-red-01.contoso.com", "2"], f.MessageArguments));
    }

    [Fact]
    public void A_machine_named_like_another_pool_is_an_error()
    {
        var topology = Coexistence(redmondFe2019: fe => fe.Machines(RedmondEdge2015.Fqdn));

        var findings = topology.FindingsOf(Id);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => f.AssertNames(RedmondEdge2015.Fqdn));
    }

    [Fact]
    public void A_machine_in_two_pools_is_an_error()
    {
        var topology = Coexistence(dublinFe2019: fe => fe.Machines("fe19-red-01.contoso.com"));

        Assert.Equal(["fe19-red-01.contoso.com", "fe19-red-01.contoso.com"], topology.FindingsOf(Id).Select(f => f.Element));
    }

    [Fact]
    public void FQDNs_clash_without_case()
    {
        var topology = Coexistence(dublin: site => site.FrontEndPool("FE15-RED.Contoso.com", ProductVersion.SkypeForBusiness2019));

        Assert.Equal(2, topology.FindingsOf(Id).Count);
    }

    [Fact]
    public void Three_declarations_of_one_FQDN_give_three_findings_that_count_them()
    {
        var topology = Coexistence(
            dublin: site => site.FrontEndPool(RedmondFe2015, ProductVersion.SkypeForBusiness2019),
            redmondEdge2019: edge => edge.Machines(RedmondFe2015.Fqdn));

        var findings = topology.FindingsOf(Id);

        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal("'fe15-red.contoso.com' is declared 3 times; every pool and server needs its own FQDN", f.Message));
    }

    [Fact]
    public void A_Standard_Edition_server_whose_machine_has_its_own_FQDN_is_fine()
    {
        var topology = Coexistence(dublin: site => site.StandardEditionServer("se19-dub.contoso.com", ProductVersion.SkypeForBusiness2019, se => se.Machines("se19-dub.contoso.com")));

        Assert.Equal(["se19-dub.contoso.com"], topology.FindPool("se19-dub.contoso.com")!.Machines);
        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void Distinct_FQDNs_are_fine()
    {
        var topology = Coexistence(dublin: site => site.FrontEndPool("fe19b-dub.contoso.com", ProductVersion.SkypeForBusiness2019, fe => fe.Machines("fe19b-dub-01.contoso.com")));

        topology.AssertNoFinding(Id);
    }
}
