using System.Threading.Tasks;

namespace XmppTopology.Analyzers.CodeFixes.Tests;

/// <summary>XMPP007, TOPO001, TOPO003, TOPO004: homes, names and federation.</summary>
public class IntegrityFixTests
{
    private static string Topology(string site, string users) => $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
        {{site}})
                .Users(users => users{{users}}));
        }
        """;

    private const string Branch = """
                    .BranchSite("Tukwila", branch => branch.SurvivableBranchAppliance("sba.contoso.com", ProductVersion.SkypeForBusiness2015))
        """;

    [Fact]
    public Task Xmpp007_homes_the_xmpp_user_on_the_central_sites_legacy_pool() => VerifyFix.Apply<UserXmppFixProvider>(
        "XMPP007.Preferred",
        Topology(Branch, """.User("sip:alice@contoso.com").{|XMPP007:HomedOn("sba.contoso.com")|}.Xmpp()"""),
        Topology(Branch, """.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").Xmpp()"""));

    [Fact]
    public Task Xmpp007_or_removes_xmpp_from_the_branch_user() => VerifyFix.Apply<UserXmppFixProvider>(
        "XMPP007.RemoveXmpp",
        Topology(Branch, """.User("sip:alice@contoso.com").{|XMPP007:HomedOn("sba.contoso.com")|}.Xmpp()"""),
        Topology(Branch, """.User("sip:alice@contoso.com").HomedOn("sba.contoso.com").Xmpp(false)"""));

    [Fact]
    public Task Xmpp007_homes_a_branch_team_on_the_central_sites_legacy_pool_with_one_fix() => VerifyFix.Apply<UserXmppFixProvider>(
        "XMPP007.Preferred",
        Topology(Branch, """.Users(["sip:ann@contoso.com", "sip:bob@contoso.com", "sip:cid@contoso.com"]).{|XMPP007:HomedOn("sba.contoso.com")|}.Xmpp()"""),
        Topology(Branch, """.Users(["sip:ann@contoso.com", "sip:bob@contoso.com", "sip:cid@contoso.com"]).HomedOn("fe15.contoso.com").Xmpp()"""));

    [Fact]
    public Task Topo001_replaces_a_mistyped_pool_with_the_closest_declared_one() => VerifyFix.Apply<ReplaceReferenceFixProvider>(
        "TOPO001.Preferred",
        Topology("", """.User("sip:alice@contoso.com").{|TOPO001:HomedOn("fe51.contoso.com")|}"""),
        Topology("", """.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com")"""));

    [Fact]
    public Task Topo003_homes_the_user_on_a_pool_that_stays() => VerifyFix.Apply<ReplaceReferenceFixProvider>(
        "TOPO003.Preferred",
        Topology("""
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, fe => fe.MarkForRemoval())
        """, """.User("sip:alice@contoso.com").{|TOPO003:HomedOn("fe13.contoso.com")|}"""),
        Topology("""
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, fe => fe.MarkForRemoval())
        """, """.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com")"""));

    [Fact]
    public async Task Topo003_homes_a_team_on_a_pool_that_stays_with_one_fix_that_names_the_team()
    {
        const string removal = """
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, fe => fe.MarkForRemoval())
        """;
        var offered = await OfferedFixes.ForAsync<ReplaceReferenceFixProvider>(Topology(removal, """.Users(["sip:ann@contoso.com", "sip:bob@contoso.com", "sip:cid@contoso.com"]).HomedOn("fe13.contoso.com")"""));

        Assert.Equal([("Home 3 users on pool fe15.contoso.com", "TOPO003.Preferred")], offered);
        await VerifyFix.Apply<ReplaceReferenceFixProvider>(
            "TOPO003.Preferred",
            Topology(removal, """.Users(["sip:ann@contoso.com", "sip:bob@contoso.com", "sip:cid@contoso.com"]).{|TOPO003:HomedOn("fe13.contoso.com")|}"""),
            Topology(removal, """.Users(["sip:ann@contoso.com", "sip:bob@contoso.com", "sip:cid@contoso.com"]).HomedOn("fe15.contoso.com")"""));
    }

    [Fact]
    public Task Topo004_disables_federation_on_every_edge_but_the_one_the_route_names() => VerifyFix.Apply<RemoveCallFixProvider>(
        "TOPO004.Preferred",
        [Topology("""
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.{|TOPO004:Federation()|})
                    .EdgePool("edge19b.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.Machines("edge19b-01.contoso.com").{|TOPO004:Federation()|})
                    .EdgePool("edge19c.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.{|TOPO004:Federation()|})
                    .FederationRoute("edge19b.contoso.com")
        """, """.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com")""")],
        [Topology("""
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge19b.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.Machines("edge19b-01.contoso.com").Federation())
                    .EdgePool("edge19c.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .FederationRoute("edge19b.contoso.com")
        """, """.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com")""")],
        iterations: 2);

    [Fact]
    public Task Topo004_has_no_fix_when_no_route_says_which_edge_keeps_federation() => VerifyFix.None<RemoveCallFixProvider>(
        Topology("""
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.{|TOPO004:Federation()|})
                    .EdgePool("edge19b.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.{|TOPO004:Federation()|})
        """, """.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com")"""));
}
