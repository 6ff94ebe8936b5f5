using System.Threading.Tasks;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests.Rules;

/// <summary>XMPP002: a legacy Edge with the XMPP proxy marked for removal or migration while XMPP is in use; reported at the mark.</summary>
public class Xmpp002Tests
{
    // A legacy Front End pool and a second legacy Edge with the XMPP proxy that stay: XMPP keeps a route (no XMPP005).
    private const string Legacy = """
        .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
        .EdgePool("edge13.contoso.com", ProductVersion.LyncServer2013, edge => edge.XmppProxy())
        """;

    private const string XmppUser = """.Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").Xmpp())""";

    [Fact]
    public Task A_legacy_xmpp_edge_marked_for_removal_while_a_user_federates_is_reported_at_MarkForRemoval() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().{|#0:MarkForRemoval()|}))
                {{XmppUser}});
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp002).WithLocation(0).WithArguments("edge15.contoso.com", "removal"));

    [Fact]
    public Task A_legacy_xmpp_edge_marked_for_migration_while_a_partner_exists_is_reported_at_MarkForMigrationTo2019() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().{|#0:MarkForMigrationTo2019()|}))
                .XmppPartner("jabber.org"));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp002).WithLocation(0).WithArguments("edge15.contoso.com", "migration to Skype for Business Server 2019"));

    [Fact]
    public Task The_mark_is_reported_whichever_comes_first_in_the_chain() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.{|XMPP002:MarkForRemoval()|}.XmppProxy()))
                {{XmppUser}});
        }
        """);

    [Fact]
    public Task Xmpp_in_use_through_the_global_policy_counts() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().{|XMPP002:MarkForRemoval()|}))
                .GlobalExternalAccessPolicy(true)
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com")));
        }
        """);

    [Fact]
    public Task A_legacy_xmpp_edge_marked_for_removal_while_xmpp_is_not_in_use_is_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().MarkForRemoval()))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com")));
        }
        """);

    [Fact]
    public Task A_policy_that_disables_xmpp_leaves_xmpp_unused_and_the_mark_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().MarkForMigrationTo2019()))
                .GlobalExternalAccessPolicy(false)
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com")));
        }
        """);

    [Fact]
    public Task A_legacy_edge_without_the_xmpp_proxy_marked_for_removal_is_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.MarkForRemoval()))
                {{XmppUser}});
        }
        """);

    [Fact]
    public Task A_legacy_edge_with_the_xmpp_proxy_turned_off_marked_for_removal_is_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().XmppProxy(false).MarkForRemoval()))
                {{XmppUser}});
        }
        """);

    [Fact]
    public Task Constants_for_the_version_and_the_flag_are_followed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            const ProductVersion LegacyVersion = ProductVersion.SkypeForBusiness2015;
            const bool Proxy = true;
            const string Domain = "contoso.com";

            public static Topology Build() => Topology.Define(Domain, t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .EdgePool("edge15." + Domain, LegacyVersion, edge => edge.XmppProxy(Proxy).{|XMPP002:MarkForRemoval()|}))
                {{XmppUser}});
        }
        """);

    [Fact]
    public Task An_edge_configured_by_a_method_in_another_file_is_reported_in_that_file() => Verify.Analyzer(
        [
            $$"""
            static partial class Contoso
            {
                static readonly PoolRef Edge2015 = new("edge15.contoso.com");

                public static Topology Build() => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", site => site
                        {{Legacy}}
                        .EdgePool(Edge2015, ProductVersion.SkypeForBusiness2015, RetiredEdge))
                    .Users(Plan));
            }
            """,
            """
            static partial class Contoso
            {
                static void RetiredEdge(EdgePoolBuilder edge) => edge.XmppProxy().{|#0:MarkForMigrationTo2019()|};

                static void Plan(UserPlan users) => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").Xmpp();
            }
            """],
        Verify.Diagnostic(RuleIds.Xmpp002).WithLocation(0).WithArguments("edge15.contoso.com", "migration to Skype for Business Server 2019"));

    [Fact]
    public Task An_edge_configured_by_a_method_in_another_file_that_keeps_the_edge_is_clean() => Verify.Analyzer(
        $$"""
        static partial class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, KeptEdge))
                .Users(Plan));
        }
        """,
        """
        static partial class Contoso
        {
            static void KeptEdge(EdgePoolBuilder edge) => edge.XmppProxy();

            static void Plan(UserPlan users) => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").Xmpp();
        }
        """);
}
