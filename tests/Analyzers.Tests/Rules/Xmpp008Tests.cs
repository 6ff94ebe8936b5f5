using System.Threading.Tasks;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests.Rules;

/// <summary>XMPP008: an XMPP partner with TLS NotSupported and SASL Required or Optional; reported at TlsNegotiation.</summary>
public class Xmpp008Tests
{
    // A legacy Front End pool and a legacy Edge with the XMPP proxy that stay: XMPP keeps its route (no XMPP005).
    private const string Legacy = """
        .CentralSite("Redmond", site => site
            .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
            .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
        """;

    [Fact]
    public Task Tls_not_supported_with_the_default_sasl_is_reported_at_TlsNegotiation() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                {{Legacy}}
                .XmppPartner("jabber.org", partner => partner.{|#0:TlsNegotiation(Negotiation.NotSupported)|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp008).WithLocation(0).WithArguments("jabber.org", "Required"));

    [Fact]
    public Task Tls_not_supported_with_sasl_optional_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                {{Legacy}}
                .XmppPartner("jabber.org", partner => partner
                    .{|#0:TlsNegotiation(Negotiation.NotSupported)|}
                    .SaslNegotiation(Negotiation.Optional)
                    .SupportDialbackNegotiation(true)));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp008).WithLocation(0).WithArguments("jabber.org", "Optional"));

    [Fact]
    public Task The_report_stays_at_TlsNegotiation_when_sasl_is_set_first() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                {{Legacy}}
                .XmppPartner("jabber.org", partner => partner.SaslNegotiation(Negotiation.Required).{|XMPP008:TlsNegotiation(Negotiation.NotSupported)|}));
        }
        """);

    [Fact]
    public Task Tls_and_sasl_both_not_supported_is_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                {{Legacy}}
                .XmppPartner("jabber.org", partner => partner
                    .TlsNegotiation(Negotiation.NotSupported)
                    .SaslNegotiation(Negotiation.NotSupported)
                    .SupportDialbackNegotiation(true)));
        }
        """);

    [Fact]
    public Task Tls_optional_with_sasl_required_is_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                {{Legacy}}
                .XmppPartner("jabber.org", partner => partner.TlsNegotiation(Negotiation.Optional).SaslNegotiation(Negotiation.Required)));
        }
        """);

    [Fact]
    public Task The_last_tls_setting_wins() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                {{Legacy}}
                .XmppPartner("jabber.org", partner => partner.TlsNegotiation(Negotiation.NotSupported).TlsNegotiation(Negotiation.Required))
                .XmppPartner("xmpp.fabrikam.com", partner => partner.TlsNegotiation(Negotiation.Required).{|XMPP008:TlsNegotiation(Negotiation.NotSupported)|}));
        }
        """);

    [Fact]
    public Task Constants_for_the_negotiations_are_followed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            const Negotiation NoTls = Negotiation.NotSupported;
            static readonly Negotiation Sasl = Negotiation.Optional;

            public static Topology Build() => Topology.Define("contoso.com", t => t
                {{Legacy}}
                .XmppPartner("jabber.org", partner => partner.SaslNegotiation(Sasl).{|XMPP008:TlsNegotiation(NoTls)|}));
        }
        """);

    [Fact]
    public Task A_sasl_setting_not_known_at_compile_time_is_TOPO005_and_not_guessed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build(Negotiation sasl) => Topology.Define("contoso.com", t => t
                {{Legacy}}
                .XmppPartner("jabber.org", partner => partner.TlsNegotiation(Negotiation.NotSupported).SaslNegotiation({|TOPO005:sasl|})));
        }
        """);

    [Fact]
    public Task A_partner_configured_by_a_method_in_another_file_is_reported_there() => Verify.Analyzer(
        [
            $$"""
            static partial class Contoso
            {
                public static Topology Build() => Topology.Define("contoso.com", t => t
                    {{Legacy}}
                    .XmppPartner("jabber.org", Jabber)
                    .XmppPartner("xmpp.fabrikam.com", Fabrikam));
            }
            """,
            """
            static partial class Contoso
            {
                static void Jabber(XmppPartnerBuilder partner) => partner
                    .Type(XmppPartnerType.PublicVerified)
                    .{|#0:TlsNegotiation(Negotiation.NotSupported)|};

                static void Fabrikam(XmppPartnerBuilder partner) => partner
                    .Type(XmppPartnerType.Federated)
                    .TlsNegotiation(Negotiation.NotSupported)
                    .SaslNegotiation(Negotiation.NotSupported);
            }
            """],
        Verify.Diagnostic(RuleIds.Xmpp008).WithLocation(0).WithArguments("jabber.org", "Required"));
}
