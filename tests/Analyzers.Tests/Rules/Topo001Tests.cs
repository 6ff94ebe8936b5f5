using System.Threading.Tasks;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests.Rules;

/// <summary>TOPO001: a reference to a pool, site or policy the topology does not declare; reported at the referencing call.</summary>
public class Topo001Tests
{
    // A legacy Front End pool and a legacy Edge with the XMPP proxy that stay: XMPP keeps its route (no XMPP005).
    private const string Legacy = """
        .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
        .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
        """;

    [Fact]
    public Task HomedOn_an_undeclared_pool_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site{{Legacy}})
                .Users(users => users.User("sip:alice@contoso.com").{|#0:HomedOn("fe16.contoso.com")|}.Xmpp()));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo001).WithLocation(0).WithArguments("fe16.contoso.com", "a pool", "; did you mean 'fe15.contoso.com'?"));

    [Fact]
    public Task MoveTo_an_undeclared_pool_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site{{Legacy}})
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").{|TOPO001:MoveTo("fe19.contoso.com")|}));
        }
        """);

    [Fact]
    public Task AssociatedEdge_naming_an_undeclared_edge_is_reported() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015, pool => pool.{|#0:AssociatedEdge("edge16.contoso.com")|})
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015)));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo001).WithLocation(0).WithArguments("edge16.contoso.com", "an Edge pool", "; did you mean 'edge15.contoso.com'?"));

    [Fact]
    public Task FederationRoute_naming_an_undeclared_edge_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .{|#0:FederationRoute("edge.contoso.com")|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo001).WithLocation(0).WithArguments("edge.contoso.com", "a federation route (Edge pool or Director)", "; did you mean 'edge15.contoso.com'?"));

    [Fact]
    public Task XmppFederationRoute_naming_an_undeclared_edge_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .{|#0:XmppFederationRoute("edge13.contoso.com")|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo001).WithLocation(0).WithArguments("edge13.contoso.com", "an XMPP federation route (Edge pool)", "; did you mean 'edge15.contoso.com'?"));

    [Fact]
    public Task ConfiguredOn_an_undeclared_pool_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site{{Legacy}})
                .XmppPartner("jabber.org", partner => partner.{|#0:ConfiguredOn("fe13.contoso.com")|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo001).WithLocation(0).WithArguments("fe13.contoso.com", "a pool", "; did you mean 'fe15.contoso.com'?"));

    [Fact]
    public Task ExternalAccessPolicy_naming_an_undeclared_user_policy_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site{{Legacy}})
                .UserExternalAccessPolicy("XmppUsers", true)
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").{|#0:ExternalAccessPolicy("XmppUser")|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo001).WithLocation(0).WithArguments("XmppUser", "a user-scope external access policy", "; did you mean 'XmppUsers'?"));

    [Fact]
    public Task SiteExternalAccessPolicy_naming_an_undeclared_site_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site{{Legacy}})
                .{|#0:SiteExternalAccessPolicy("Redmnd", false)|}
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com")));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo001).WithLocation(0).WithArguments("Redmnd", "a site", "; did you mean 'Redmond'?"));

    [Fact]
    public Task Every_kind_of_reference_to_a_declared_element_is_clean() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015, pool => pool.AssociatedEdge("edge15.contoso.com"))
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().Federation())
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .FederationRoute("edge15.contoso.com")
                    .XmppFederationRoute("edge15.contoso.com")
                    .BranchSite("Kista", branch => branch.SurvivableBranchAppliance("sba.kista.contoso.com", ProductVersion.SkypeForBusiness2015)))
                .XmppPartner("jabber.org", partner => partner.ConfiguredOn("fe15.contoso.com"))
                .SiteExternalAccessPolicy("Kista", false)
                .UserExternalAccessPolicy("XmppUsers", true)
                .Users(users =>
                {
                    users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").ExternalAccessPolicy("XmppUsers");
                    users.User("sip:bob@contoso.com").HomedOn("sba.kista.contoso.com").MoveTo("fe19.contoso.com");
                }));
        }
        """);

    [Fact]
    public Task Names_compare_without_case() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site{{Legacy}}.XmppFederationRoute("EDGE15.contoso.com"))
                .SiteExternalAccessPolicy("REDMOND", true)
                .UserExternalAccessPolicy("XmppUsers", true)
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("Fe15.Contoso.Com").ExternalAccessPolicy("xmppusers")));
        }
        """);

    [Fact]
    public Task A_pool_whose_name_is_not_known_at_compile_time_leaves_pool_references_unjudged() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build(string fqdn) => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool({|TOPO005:fqdn|}, ProductVersion.SkypeForBusiness2015))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe16.contoso.com").Xmpp()));
        }
        """);

    [Fact]
    public Task A_typed_handle_that_names_no_declared_pool_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            const string Domain = "contoso.com";
            static readonly PoolRef Fe2015 = new($"fe15.{Domain}");
            static readonly PoolRef Fe2019 = new("fe19." + Domain);

            public static Topology Build() => Topology.Define(Domain, t => t
                .CentralSite("Redmond", site => site{{Legacy}})
                .Users(users => users.User("sip:alice@contoso.com").HomedOn(Fe2015).{|TOPO001:MoveTo(Fe2019)|}));
        }
        """);

    [Fact]
    public Task Handles_in_one_file_and_users_in_a_helper_in_another() => Verify.Analyzer(
        [
            """
            static class Pools
            {
                public static readonly PoolRef Fe2015 = "fe15.contoso.com";
                public static readonly PoolRef Fe2016 = "fe16.contoso.com";
            }
            """,
            """
            static partial class Contoso
            {
                public static Topology Build() => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", site => site
                        .FrontEndPool(Pools.Fe2015, ProductVersion.SkypeForBusiness2015)
                        .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
                    .Users(Plan));
            }
            """,
            """
            static partial class Contoso
            {
                static void Plan(UserPlan users)
                {
                    users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2015).Xmpp();
                    users.User("sip:bob@contoso.com").{|#0:HomedOn(Pools.Fe2016)|};
                }
            }
            """],
        Verify.Diagnostic(RuleIds.Topo001).WithLocation(0).WithArguments("fe16.contoso.com", "a pool", "; did you mean 'fe15.contoso.com'?"));

    [Fact]
    public Task A_pool_declared_in_a_helper_in_another_file_is_declared() => Verify.Analyzer(
        """
        static partial class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", Redmond)
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").Xmpp()));
        }
        """,
        """
        static partial class Contoso
        {
            static void Redmond(CentralSiteBuilder site) => site
                .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy());
        }
        """);

    [Fact]
    public Task A_pool_declared_only_in_another_topology_is_undeclared() => Verify.Analyzer(
        $$"""
        static class Production
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site{{Legacy}})
                .Users(users => users.User("sip:alice@contoso.com").{|TOPO001:HomedOn("fe19.lab.contoso.com")|}));
        }

        static class Lab
        {
            public static Topology Build() => Topology.Define("lab.contoso.com", t => t
                .CentralSite("Lab", site => site.FrontEndPool("fe19.lab.contoso.com", ProductVersion.SkypeForBusiness2019)));
        }
        """);
    [Fact]
    public Task A_pool_declared_on_the_builder_a_helper_returns_is_declared() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => Legacy(site)
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe19.contoso.com")));

            static CentralSiteBuilder Legacy(CentralSiteBuilder site) => site
                .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy());
        }
        """);
}
