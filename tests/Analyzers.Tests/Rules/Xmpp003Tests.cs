using System.Threading.Tasks;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests.Rules;

/// <summary>XMPP003: an XMPP partner configured on a 2019 element; reported at ConfiguredOn.</summary>
public class Xmpp003Tests
{
    // A legacy Front End pool and a legacy Edge with the XMPP proxy that stay: XMPP keeps its route (no XMPP005).
    private const string Legacy = """
        .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
        .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
        """;

    [Fact]
    public Task A_partner_configured_on_a_2019_front_end_pool_is_reported_at_ConfiguredOn() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .XmppPartner("jabber.org", partner => partner.{|#0:ConfiguredOn("fe19.contoso.com")|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp003).WithLocation(0).WithArguments("jabber.org", "fe19.contoso.com"));

    [Fact]
    public Task A_partner_configured_on_a_legacy_pool_is_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .XmppPartner("jabber.org", partner => partner.ConfiguredOn("fe15.contoso.com")));
        }
        """);

    [Fact]
    public Task A_partner_configured_on_a_lync_2013_pool_is_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013))
                .XmppPartner("jabber.org", partner => partner.Type(XmppPartnerType.Federated).ConfiguredOn("fe13.contoso.com")));
        }
        """);

    [Fact]
    public Task A_partner_not_configured_on_any_pool_is_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .XmppPartner("jabber.org"));
        }
        """);

    [Fact]
    public Task A_partner_configured_on_a_2019_edge_pool_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            static readonly PoolRef Edge2019 = new("edge19.contoso.com");

            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .EdgePool(Edge2019, ProductVersion.SkypeForBusiness2019))
                .XmppPartner("jabber.org", partner => partner.{|#0:ConfiguredOn(Edge2019)|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp003).WithLocation(0).WithArguments("jabber.org", "edge19.contoso.com"));

    [Fact]
    public Task Only_the_partner_on_the_2019_pool_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .XmppPartner("jabber.org", partner => partner.ConfiguredOn("fe15.contoso.com"))
                .XmppPartner("xmpp.fabrikam.com", partner => partner.{|XMPP003:ConfiguredOn("fe19.contoso.com")|}));
        }
        """);

    [Fact]
    public Task A_partner_configured_on_an_undeclared_pool_is_TOPO001_not_XMPP003() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .XmppPartner("jabber.org", partner => partner.{|TOPO001:ConfiguredOn("fe20.contoso.com")|}));
        }
        """);

    [Fact]
    public Task A_typed_handle_converted_from_a_string_is_followed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            static readonly PoolRef Fe2019 = "fe19.contoso.com";

            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool(Fe2019, ProductVersion.SkypeForBusiness2019))
                .XmppPartner("jabber.org", partner => partner.{|XMPP003:ConfiguredOn(Fe2019)|}));
        }
        """);

    [Fact]
    public Task A_handle_built_from_a_constant_is_followed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            const string Domain = "contoso.com";
            static readonly PoolRef Fe2019 = new($"fe19.{Domain}");

            public static Topology Build() => Topology.Define(Domain, t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19." + Domain, ProductVersion.SkypeForBusiness2019))
                .XmppPartner("jabber.org", partner => partner.{|XMPP003:ConfiguredOn(Fe2019)|}));
        }
        """);

    [Fact]
    public Task A_partner_configured_by_a_method_in_another_file_with_handles_in_a_third() => Verify.Analyzer(
        [
            """
            static class Pools
            {
                public static readonly PoolRef Fe2015 = new("fe15.contoso.com");
                public static readonly PoolRef Fe2019 = new("fe19.contoso.com");
            }
            """,
            """
            static partial class Contoso
            {
                public static Topology Build() => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", site => site
                        .FrontEndPool(Pools.Fe2015, ProductVersion.SkypeForBusiness2015)
                        .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
                        .FrontEndPool(Pools.Fe2019, ProductVersion.SkypeForBusiness2019))
                    .XmppPartner("jabber.org", Jabber)
                    .XmppPartner("xmpp.fabrikam.com", Fabrikam));
            }
            """,
            """
            static partial class Contoso
            {
                static void Jabber(XmppPartnerBuilder partner) => partner.{|#0:ConfiguredOn(Pools.Fe2019)|};

                static void Fabrikam(XmppPartnerBuilder partner) => partner.ConfiguredOn(Pools.Fe2015);
            }
            """],
        Verify.Diagnostic(RuleIds.Xmpp003).WithLocation(0).WithArguments("jabber.org", "fe19.contoso.com"));
}
