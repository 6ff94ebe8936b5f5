using System.Threading.Tasks;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests.Rules;

/// <summary>XMPP004: the XMPP proxy on a 2019 Edge or the XMPP gateway on a 2019 Front End; reported at XmppProxy()/XmppGateway().</summary>
public class Xmpp004Tests
{
    // A legacy Front End pool and a legacy Edge with the XMPP proxy that stay: XMPP keeps its route (no XMPP005).
    private const string Legacy = """
        .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
        .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
        """;

    [Fact]
    public Task The_xmpp_proxy_on_a_2019_edge_is_reported_at_XmppProxy() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.{|#0:XmppProxy()|})));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp004).WithLocation(0).WithArguments("edge19.contoso.com", "Edge pool", "XMPP proxy"));

    [Fact]
    public Task The_xmpp_gateway_on_a_2019_front_end_is_reported_at_XmppGateway() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019, pool => pool.{|#0:XmppGateway()|})));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp004).WithLocation(0).WithArguments("fe19.contoso.com", "Front End pool", "XMPP gateway"));

    [Fact]
    public Task The_xmpp_gateway_on_a_2019_standard_edition_server_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .StandardEditionServer("se19.contoso.com", ProductVersion.SkypeForBusiness2019, server => server.{|#0:XmppGateway(true)|})));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp004).WithLocation(0).WithArguments("se19.contoso.com", "Standard Edition server", "XMPP gateway"));

    [Fact]
    public Task The_xmpp_proxy_and_gateway_on_legacy_pools_are_clean() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015, pool => pool.XmppGateway())
                    .StandardEditionServer("se13.contoso.com", ProductVersion.LyncServer2013, server => server.XmppGateway())
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
                    .EdgePool("edge13.contoso.com", ProductVersion.LyncServer2013, edge => edge.XmppProxy())
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").Xmpp()));
        }
        """);

    [Fact]
    public Task The_xmpp_settings_turned_off_on_2019_pools_are_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019, pool => pool.XmppGateway(false))
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.XmppProxy().XmppProxy(enabled: false))));
        }
        """);

    [Fact]
    public Task A_legacy_front_end_marked_for_migration_keeps_its_gateway_without_XMPP004() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe15b.contoso.com", ProductVersion.SkypeForBusiness2015, pool => pool.XmppGateway().MarkForMigrationTo2019())));
        }
        """);

    [Fact]
    public Task Both_2019_pools_are_reported_while_xmpp_is_in_use() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019, pool => pool.{|XMPP004:XmppGateway()|})
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.Federation().{|XMPP004:XmppProxy()|}))
                .XmppPartner("jabber.org")
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").Xmpp()));
        }
        """);

    [Fact]
    public Task Constants_for_the_version_and_the_flag_are_followed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            const ProductVersion Target = ProductVersion.SkypeForBusiness2019;
            const bool Enabled = true;
            const string Domain = "contoso.com";
            static readonly PoolRef Edge2019 = new($"edge19.{Domain}");

            public static Topology Build() => Topology.Define(Domain, t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .EdgePool(Edge2019, Target, edge => edge.{|XMPP004:XmppProxy(Enabled)|})));
        }
        """);

    [Fact]
    public Task A_helper_shared_by_a_legacy_and_a_2019_edge_in_another_file_is_reported_once_for_the_2019_edge() => Verify.Analyzer(
        [
            """
            static partial class Contoso
            {
                static readonly PoolRef Edge2019 = "edge19.contoso.com";

                public static Topology Build() => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", site => site
                        .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                        .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, XmppEdge)
                        .EdgePool(Edge2019, ProductVersion.SkypeForBusiness2019, XmppEdge)));
            }
            """,
            """
            static partial class Contoso
            {
                static void XmppEdge(EdgePoolBuilder edge) => edge.{|#0:XmppProxy()|};
            }
            """],
        Verify.Diagnostic(RuleIds.Xmpp004).WithLocation(0).WithArguments("edge19.contoso.com", "Edge pool", "XMPP proxy"));

    [Fact]
    public Task A_helper_in_another_file_used_only_for_legacy_edges_is_clean() => Verify.Analyzer(
        """
        static partial class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, XmppEdge)
                    .EdgePool("edge13.contoso.com", ProductVersion.LyncServer2013, XmppEdge)
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019)));
        }
        """,
        """
        static partial class Contoso
        {
            static void XmppEdge(EdgePoolBuilder edge) => edge.XmppProxy();
        }
        """);
    [Fact]
    public Task A_helper_setting_overridden_after_the_helper_call_is_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019, edge =>
                    {
                        Standard(edge);
                        edge.XmppProxy(false);
                    })));

            static void Standard(EdgePoolBuilder edge) => edge.XmppProxy();
        }
        """);

    [Fact]
    public Task A_helper_in_another_file_called_after_a_setting_wins() => Verify.Analyzer(
        """
        static partial class Contoso
        {
            static void Standard(EdgePoolBuilder edge) => edge.{|XMPP004:XmppProxy()|};
        }
        """,
        $$"""
        static partial class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019, edge =>
                    {
                        edge.XmppProxy(false);
                        Standard(edge);
                    })));
        }
        """);
}
