using System.Threading.Tasks;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests.Rules;

/// <summary>XMPP006: a site's XMPP federation route not through a legacy Edge with the proxy that stays; reported at XmppFederationRoute.</summary>
public class Xmpp006Tests
{
    // A legacy Front End pool and a legacy Edge with the XMPP proxy that stay, next to the 2019 pools.
    private const string Pools = """
        .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
        .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
        .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)
        .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019)
        """;

    [Fact]
    public Task A_route_through_the_2019_edge_is_reported_at_XmppFederationRoute() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Pools}}
                    .{|#0:XmppFederationRoute("edge19.contoso.com")|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp006).WithLocation(0).WithArguments("Redmond", "edge19.contoso.com"));

    [Fact]
    public Task A_route_through_the_legacy_xmpp_edge_is_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Pools}}
                    .FederationRoute("edge19.contoso.com")
                    .XmppFederationRoute("edge15.contoso.com"))
                .XmppPartner("jabber.org"));
        }
        """);

    [Fact]
    public Task A_route_through_a_legacy_edge_without_the_proxy_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Pools}}
                    .EdgePool("edge13.contoso.com", ProductVersion.LyncServer2013)
                    .{|XMPP006:XmppFederationRoute("edge13.contoso.com")|}));
        }
        """);

    [Fact]
    public Task A_route_through_a_legacy_xmpp_edge_marked_for_removal_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Pools}}
                    .EdgePool("edge13.contoso.com", ProductVersion.LyncServer2013, edge => edge.XmppProxy().MarkForRemoval())
                    .{|XMPP006:XmppFederationRoute("edge13.contoso.com")|}));
        }
        """);

    [Fact]
    public Task A_route_through_a_front_end_pool_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Pools}}
                    .{|#0:XmppFederationRoute("fe15.contoso.com")|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp006).WithLocation(0).WithArguments("Redmond", "fe15.contoso.com"));

    [Fact]
    public Task A_route_through_an_undeclared_edge_is_TOPO001_not_XMPP006() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Pools}}
                    .{|TOPO001:XmppFederationRoute("edge16.contoso.com")|}));
        }
        """);

    [Fact]
    public Task A_route_through_an_edge_whose_version_is_not_known_is_TOPO005_and_not_guessed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build(ProductVersion version) => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Pools}}
                    .EdgePool("edge.contoso.com", {|TOPO005:version|}, edge => edge.XmppProxy())
                    .XmppFederationRoute("edge.contoso.com")));
        }
        """);

    [Fact]
    public Task Only_the_site_with_the_wrong_route_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Pools}}
                    .XmppFederationRoute("edge15.contoso.com"))
                .CentralSite("Dublin", site => site
                    .FrontEndPool("fe15.dublin.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .{|XMPP006:XmppFederationRoute("edge19.contoso.com")|}));
        }
        """);

    [Fact]
    public Task A_typed_handle_built_from_a_constant_is_followed() => Verify.Analyzer(
        """
        static class Contoso
        {
            const string Domain = "contoso.com";
            static readonly PoolRef Edge2015 = new("edge15." + Domain);
            static readonly PoolRef Edge2019 = $"edge19.{Domain}";

            public static Topology Build() => Topology.Define(Domain, t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool(Edge2015, ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
                    .EdgePool(Edge2019, ProductVersion.SkypeForBusiness2019)
                    .FederationRoute(Edge2019)
                    .{|XMPP006:XmppFederationRoute(Edge2019)|}));
        }
        """);

    [Fact]
    public Task Handles_in_one_file_and_the_site_in_a_helper_in_another() => Verify.Analyzer(
        [
            """
            static class Edges
            {
                public static readonly PoolRef Legacy = new("edge15.contoso.com");
                public static readonly PoolRef Current = new("edge19.contoso.com");
            }
            """,
            """
            static partial class Contoso
            {
                public static Topology Build() => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", Redmond)
                    .CentralSite("Dublin", Dublin));
            }
            """,
            """
            static partial class Contoso
            {
                static void Redmond(CentralSiteBuilder site) => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool(Edges.Legacy, ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
                    .EdgePool(Edges.Current, ProductVersion.SkypeForBusiness2019)
                    .XmppFederationRoute(Edges.Legacy);

                static void Dublin(CentralSiteBuilder site) => site
                    .FrontEndPool("fe19.dublin.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .{|#0:XmppFederationRoute(Edges.Current)|};
            }
            """],
        Verify.Diagnostic(RuleIds.Xmpp006).WithLocation(0).WithArguments("Dublin", "edge19.contoso.com"));
}
