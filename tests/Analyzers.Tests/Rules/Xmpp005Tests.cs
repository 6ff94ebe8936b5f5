using System.Threading.Tasks;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests.Rules;

/// <summary>
/// XMPP005: XMPP is in use but no legacy Front End pool, or no legacy Edge with the XMPP proxy,
/// stays; reported at the whole Define(...) invocation.
/// </summary>
public class Xmpp005Tests
{
    [Fact]
    public Task An_xmpp_user_without_any_edge_is_reported_at_Define() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.{|#0:Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").Xmpp()))|};
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp005).WithLocation(0).WithArguments("contoso.com", "legacy Edge pool with the XMPP proxy"));

    [Fact]
    public Task A_legacy_front_end_and_a_legacy_edge_with_the_proxy_are_a_route() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").Xmpp()));
        }
        """);

    [Fact]
    public Task A_standard_edition_server_and_a_lync_2013_edge_are_a_route() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .StandardEditionServer("se13.contoso.com", ProductVersion.LyncServer2013)
                    .EdgePool("edge13.contoso.com", ProductVersion.LyncServer2013, edge => edge.XmppProxy()))
                .XmppPartner("jabber.org"));
        }
        """);

    [Fact]
    public Task A_partner_in_an_all_2019_topology_misses_both_parts_and_is_reported_twice() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.{|#0:Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .XmppPartner("jabber.org"))|};
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp005).WithLocation(0).WithArguments("contoso.com", "legacy Front End pool to run the XMPP gateway"),
        Verify.Diagnostic(RuleIds.Xmpp005).WithLocation(0).WithArguments("contoso.com", "legacy Edge pool with the XMPP proxy"));

    [Fact]
    public Task An_all_2019_topology_without_xmpp_is_clean() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .GlobalExternalAccessPolicy(false)
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe19.contoso.com")));
        }
        """);

    [Fact]
    public Task A_legacy_edge_without_the_proxy_is_no_route() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.{|XMPP005:Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015))
                .XmppPartner("jabber.org"))|};
        }
        """);

    [Fact]
    public Task The_only_xmpp_edge_marked_for_removal_is_both_XMPP002_and_XMPP005() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.{|XMPP005:Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().{|XMPP002:MarkForRemoval()|})
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").Xmpp()))|};
        }
        """);

    [Fact]
    public Task The_only_legacy_front_end_marked_for_migration_leaves_no_gateway() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.{|XMPP005:Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015, pool => pool.MarkForMigrationTo2019())
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
                .Users(users => users.User("sip:alice@contoso.com").{|XMPP001:HomedOn("fe15.contoso.com")|}.Xmpp()))|};
        }
        """);

    [Fact]
    public Task Xmpp_in_use_through_a_site_policy_needs_a_route() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.{|XMPP005:Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015))
                .SiteExternalAccessPolicy("Redmond", enableXmppAccess: true)
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com")))|};
        }
        """);

    [Fact]
    public Task A_version_not_known_at_compile_time_is_TOPO005_and_XMPP005_is_not_guessed() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build(ProductVersion edgeVersion) => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge.contoso.com", {|TOPO005:edgeVersion|}, edge => edge.XmppProxy()))
                .XmppPartner("jabber.org"));
        }
        """);

    [Fact]
    public Task A_proxy_flag_not_known_at_compile_time_is_TOPO005_and_XMPP005_is_not_guessed() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build(bool proxy) => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy({|TOPO005:proxy|})))
                .XmppPartner("jabber.org"));
        }
        """);

    [Fact]
    public Task Xmpp_use_not_known_at_compile_time_is_TOPO005_and_XMPP005_is_not_guessed() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build(bool xmpp) => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").Xmpp({|TOPO005:xmpp|})));
        }
        """);

    [Fact]
    public Task Sites_declared_in_another_file_without_an_edge_are_reported_at_Define_in_the_topology_file() => Verify.Analyzer(
        [
            """
            static partial class Contoso
            {
                public static Topology Build() => Topology.{|#0:Define("contoso.com", t => t
                    .CentralSite("Redmond", Redmond)
                    .Users(Plan))|};
            }
            """,
            """
            static partial class Contoso
            {
                static readonly PoolRef Fe2015 = new("fe15.contoso.com");

                static void Redmond(CentralSiteBuilder site) => site
                    .FrontEndPool(Fe2015, ProductVersion.SkypeForBusiness2015)
                    .{|#1:EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015)|};

                static void Plan(UserPlan users) => users.User("sip:alice@contoso.com").HomedOn(Fe2015).Xmpp();
            }
            """],
        // The additional location: the legacy Edge the fix enables the XMPP proxy on, in its own file.
        Verify.Diagnostic(RuleIds.Xmpp005).WithLocation(0).WithLocation(1).WithArguments("contoso.com", "legacy Edge pool with the XMPP proxy"));

    [Fact]
    public Task Sites_declared_in_another_file_with_an_xmpp_edge_are_clean() => Verify.Analyzer(
        """
        static partial class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", Redmond)
                .Users(Plan));
        }
        """,
        """
        static partial class Contoso
        {
            const string Domain = "contoso.com";
            static readonly PoolRef Fe2015 = new("fe15." + Domain);

            static void Redmond(CentralSiteBuilder site) => site
                .FrontEndPool(Fe2015, ProductVersion.SkypeForBusiness2015)
                .EdgePool($"edge15.{Domain}", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy());

            static void Plan(UserPlan users) => users.User("sip:alice@contoso.com").HomedOn(Fe2015).Xmpp();
        }
        """);

    [Fact]
    public Task Only_the_topology_without_a_route_is_reported() => Verify.Analyzer(
        """
        static class Production
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
                .XmppPartner("jabber.org"));
        }
        """,
        """
        static class Lab
        {
            public static Topology Build() => Topology.{|XMPP005:Define("lab.contoso.com", t => t
                .CentralSite("Lab", site => site
                    .FrontEndPool("fe15.lab.contoso.com", ProductVersion.SkypeForBusiness2015))
                .XmppPartner("jabber.org"))|};
        }
        """);
    [Fact]
    public Task Pools_declared_by_an_extension_method_on_the_site_builder_count() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .WithLegacy()
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").{|XMPP001:HomedOn("fe19.contoso.com")|}.Xmpp()));
        }

        static class SiteExtensions
        {
            public static CentralSiteBuilder WithLegacy(this CentralSiteBuilder site) => site
                .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy());
        }
        """);
}
