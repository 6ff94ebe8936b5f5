using System.Linq;
using static XmppTopology.Tests.Rules.Topologies;
using XmppTopology.Rules;

namespace XmppTopology.Tests.Rules;

/// <summary>TOPO003: a user is homed on a pool that is marked for removal.</summary>
public class Topo003Tests
{
    private const string Id = RuleIds.Topo003;

    [Fact]
    public void A_user_left_on_a_pool_marked_for_removal_is_a_warning()
    {
        var topology = Coexistence(
            users: u => u.User(Carol).HomedOn(DublinFe2013),
            dublinFe2013: fe => fe.MarkForRemoval());

        var finding = topology.SingleFinding(Id);

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(ElementKind.User, finding.ElementKind);
        Assert.Equal(Carol, finding.Element);
        Assert.Equal(
            "User 'sip:carol@contoso.com' is left on or moved to 'fe13-dub.contoso.com', which is marked for removal; a pool must be empty before it is decommissioned",
            finding.Message);
        // Pools that home users and stay, the pool's own site first.
        Assert.Equal([DublinFe2019.Fqdn, DublinSe2015.Fqdn, RedmondFe2015.Fqdn, RedmondFe2019.Fqdn], finding.FixTargets.Take(4));
        Assert.DoesNotContain(DublinFe2013.Fqdn, finding.FixTargets);
    }

    [Fact]
    public void An_XMPP_user_left_on_a_pool_marked_for_removal_is_offered_legacy_pools_only()
    {
        var topology = Coexistence(
            users: u => u.User(Carol).HomedOn(DublinFe2013).Xmpp(),
            dublinFe2013: fe => fe.MarkForRemoval());

        var finding = topology.SingleFinding(Id);

        Assert.Equal(Carol, finding.Element);
        Assert.DoesNotContain(DublinFe2019.Fqdn, finding.FixTargets);
        Assert.DoesNotContain(RedmondFe2019.Fqdn, finding.FixTargets);
        Assert.Equal([DublinSe2015.Fqdn, RedmondFe2015.Fqdn], finding.FixTargets.Take(2));
    }

    [Fact]
    public void An_XMPP_user_is_never_offered_a_survivable_branch_appliance()
    {
        var topology = Coexistence(
            users: u => u.User(Carol).HomedOn(DublinFe2013).Xmpp(),
            dublinFe2013: fe => fe.MarkForRemoval());

        Assert.Equal([DublinSe2015.Fqdn, RedmondFe2015.Fqdn], topology.SingleFinding(Id).FixTargets);
    }

    [Fact]
    public void Each_user_left_behind_gets_its_own_warning()
    {
        var topology = Coexistence(redmondFe2015: fe => fe.MarkForRemoval());

        Assert.Equal([Alice], topology.FindingsOf(Id).Select(f => f.Element)); // Bob moves away
    }

    [Fact]
    public void A_user_with_a_planned_move_away_is_fine()
    {
        var topology = Coexistence(
            users: u => u.User(Carol).HomedOn(DublinFe2013).MoveTo(DublinFe2019),
            dublinFe2013: fe => fe.MarkForRemoval());

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void A_user_on_a_pool_marked_for_migration_is_not_this_rules_business()
    {
        var topology = Coexistence(
            users: u => u.User(Carol).HomedOn(DublinFe2013),
            dublinFe2013: fe => fe.MarkForMigrationTo2019());

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void An_empty_pool_marked_for_removal_is_fine()
    {
        var topology = Coexistence(dublinFe2013: fe => fe.MarkForRemoval());

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void A_planned_move_onto_a_pool_marked_for_removal_is_a_warning()
    {
        var topology = Coexistence(
            users: u => u.User(Carol).HomedOn(RedmondFe2015).MoveTo(DublinFe2013),
            dublinFe2013: fe => fe.MarkForRemoval());

        Assert.Equal(Carol, topology.SingleFinding(Id).Element);
    }
}
