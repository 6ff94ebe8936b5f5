using System;
using System.Collections.Generic;
using System.Linq;

namespace XmppTopology.Tests.Rules;

/// <summary>
/// A legal coexistence topology that the rule tests vary: each test changes one thing and
/// looks for the one finding that change causes.
/// </summary>
/// <remarks>
/// Redmond (central): a 2015 Front End pool with the XMPP gateway, a 2019 Front End pool, the
/// 2015 Edge with the XMPP proxy (the XMPP federation route) and the 2019 Edge with federation
/// (the federation route); branch Tukwila holds a 2015 Survivable Branch Appliance.
/// Dublin (central): a Lync 2013 Front End pool, a 2015 Standard Edition server and a 2019 pilot
/// pool, routed through Redmond's Edges; branch Cork holds a 2015 Survivable Branch Server.
/// One XMPP partner is configured on Redmond's 2015 pool; Alice federates with XMPP and stays on
/// it, Bob has no XMPP and moves to Redmond's 2019 pool. No external access policy is declared,
/// so the global <c>EnableXmppAccess</c> is false.
/// </remarks>
internal static class Topologies
{
    public const string Domain = "contoso.com";
    public const string Redmond = "Redmond";
    public const string Dublin = "Dublin";
    public const string Tukwila = "Tukwila";
    public const string Cork = "Cork";

    public static readonly PoolRef RedmondFe2015 = new("fe15-red.contoso.com");
    public static readonly PoolRef RedmondFe2019 = new("fe19-red.contoso.com");
    public static readonly PoolRef RedmondEdge2015 = new("edge15-red.contoso.com");
    public static readonly PoolRef RedmondEdge2019 = new("edge19-red.contoso.com");
    public static readonly PoolRef DublinFe2013 = new("fe13-dub.contoso.com");
    public static readonly PoolRef DublinSe2015 = new("se15-dub.contoso.com");
    public static readonly PoolRef DublinFe2019 = new("fe19-dub.contoso.com");
    public static readonly PoolRef TukwilaSba = new("sba-tuk.contoso.com");
    public static readonly PoolRef CorkSbs = new("sbs-cork.contoso.com");

    public const string Partner = "jabber.fabrikam.com";

    /// <summary>Federates with XMPP and stays on Redmond's 2015 pool.</summary>
    public const string Alice = "sip:alice@contoso.com";

    /// <summary>No XMPP; moves from Redmond's 2015 pool to its 2019 pool.</summary>
    public const string Bob = "sip:bob@contoso.com";

    /// <summary>The user most tests declare to make their point.</summary>
    public const string Carol = "sip:carol@contoso.com";

    /// <summary>Pass as <c>users</c> for a topology without users.</summary>
    public static readonly Action<UserPlan> NoUsers = _ => { };

    /// <summary>Pass as <c>partners</c> for a topology without XMPP partners.</summary>
    public static readonly Action<TopologyBuilder> NoPartners = _ => { };

    /// <summary>
    /// The baseline coexistence topology. <paramref name="users"/> and <paramref name="partners"/>
    /// replace the baseline's users and partner; <paramref name="policies"/> adds declarations; the
    /// site and pool callbacks run after the baseline's own settings, so they can add to or undo them.
    /// </summary>
    public static Topology Coexistence(
        Action<UserPlan>? users = null,
        Action<TopologyBuilder>? partners = null,
        Action<TopologyBuilder>? policies = null,
        Action<CentralSiteBuilder>? redmond = null,
        Action<FrontEndPoolBuilder>? redmondFe2015 = null,
        Action<FrontEndPoolBuilder>? redmondFe2019 = null,
        Action<EdgePoolBuilder>? redmondEdge2015 = null,
        Action<EdgePoolBuilder>? redmondEdge2019 = null,
        Action<CentralSiteBuilder>? dublin = null,
        Action<FrontEndPoolBuilder>? dublinFe2013 = null,
        Action<FrontEndPoolBuilder>? dublinSe2015 = null,
        Action<FrontEndPoolBuilder>? dublinFe2019 = null) =>
        Topology.Define(Domain, t =>
        {
            t.CentralSite(Redmond, site =>
            {
                site
                    .FrontEndPool(RedmondFe2015, ProductVersion.SkypeForBusiness2015, fe =>
                    {
                        fe.Machines("fe15-red-01.contoso.com", "fe15-red-02.contoso.com").AssociatedEdge(RedmondEdge2015).XmppGateway();
                        redmondFe2015?.Invoke(fe);
                    })
                    .FrontEndPool(RedmondFe2019, ProductVersion.SkypeForBusiness2019, fe =>
                    {
                        fe.Machines("fe19-red-01.contoso.com", "fe19-red-02.contoso.com").AssociatedEdge(RedmondEdge2019);
                        redmondFe2019?.Invoke(fe);
                    })
                    .EdgePool(RedmondEdge2015, ProductVersion.SkypeForBusiness2015, edge =>
                    {
                        edge.Machines("edge15-red-01.contoso.com").XmppProxy();
                        redmondEdge2015?.Invoke(edge);
                    })
                    .EdgePool(RedmondEdge2019, ProductVersion.SkypeForBusiness2019, edge =>
                    {
                        edge.Machines("edge19-red-01.contoso.com").Federation();
                        redmondEdge2019?.Invoke(edge);
                    })
                    .FederationRoute(RedmondEdge2019)
                    .XmppFederationRoute(RedmondEdge2015)
                    .BranchSite(Tukwila, branch => branch.SurvivableBranchAppliance(TukwilaSba, ProductVersion.SkypeForBusiness2015));
                redmond?.Invoke(site);
            });
            t.CentralSite(Dublin, site =>
            {
                site
                    .FrontEndPool(DublinFe2013, ProductVersion.LyncServer2013, fe =>
                    {
                        fe.Machines("fe13-dub-01.contoso.com").AssociatedEdge(RedmondEdge2015);
                        dublinFe2013?.Invoke(fe);
                    })
                    .StandardEditionServer(DublinSe2015, ProductVersion.SkypeForBusiness2015, se =>
                    {
                        // A Standard Edition server's one machine carries the server's own FQDN.
                        se.Machines(DublinSe2015.Fqdn).AssociatedEdge(RedmondEdge2015);
                        dublinSe2015?.Invoke(se);
                    })
                    .FrontEndPool(DublinFe2019, ProductVersion.SkypeForBusiness2019, fe =>
                    {
                        fe.Machines("fe19-dub-01.contoso.com").AssociatedEdge(RedmondEdge2019);
                        dublinFe2019?.Invoke(fe);
                    })
                    .FederationRoute(RedmondEdge2019)
                    .XmppFederationRoute(RedmondEdge2015)
                    .BranchSite(Cork, branch => branch.SurvivableBranchServer(CorkSbs, ProductVersion.SkypeForBusiness2015));
                dublin?.Invoke(site);
            });
            (partners ?? BaselinePartner)(t);
            policies?.Invoke(t);
            t.Users(users ?? BaselineUsers);
        });

    /// <summary>The findings of one rule.</summary>
    public static IReadOnlyList<Finding> FindingsOf(this Topology topology, string ruleId) =>
        topology.Validate().Where(f => f.RuleId == ruleId).ToList();

    /// <summary>The one finding of a rule; fails, listing every finding, when there is not exactly one.</summary>
    public static Finding SingleFinding(this Topology topology, string ruleId)
    {
        var findings = topology.Validate();
        var ofRule = findings.Where(f => f.RuleId == ruleId).ToList();
        Assert.True(ofRule.Count == 1, $"Expected one {ruleId} finding, got {ofRule.Count}:{Environment.NewLine}{Describe(findings)}");
        return ofRule[0];
    }

    /// <summary>Fails, listing the offending findings, when the rule reports anything.</summary>
    public static void AssertNoFinding(this Topology topology, string ruleId)
    {
        var ofRule = topology.FindingsOf(ruleId);
        Assert.True(ofRule.Count == 0, $"Expected no {ruleId} finding, got:{Environment.NewLine}{Describe(ofRule)}");
    }

    /// <summary>Fails unless the message names every one of <paramref name="elements"/>.</summary>
    public static void AssertNames(this Finding finding, params string[] elements)
    {
        foreach (var element in elements)
        {
            Assert.Contains($"'{element}'", finding.Message, StringComparison.Ordinal);
        }
    }

    private static void BaselinePartner(TopologyBuilder topology) =>
        topology.XmppPartner(Partner, p => p.Type(XmppPartnerType.Federated).ConfiguredOn(RedmondFe2015));

    private static void BaselineUsers(UserPlan users)
    {
        users.User(Alice).HomedOn(RedmondFe2015).Xmpp();
        users.User(Bob).HomedOn(RedmondFe2015).MoveTo(RedmondFe2019);
    }

    private static string Describe(IEnumerable<Finding> findings) =>
        string.Join(Environment.NewLine, findings.Select(f => "  " + f));
}
