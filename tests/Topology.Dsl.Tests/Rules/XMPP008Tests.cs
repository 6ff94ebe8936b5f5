using static XmppTopology.Tests.Rules.Topologies;
using XmppTopology.Rules;

namespace XmppTopology.Tests.Rules;

/// <summary>XMPP008: an XMPP partner's negotiation settings are invalid: SASL without TLS available.</summary>
public class Xmpp008Tests
{
    private const string Id = RuleIds.Xmpp008;

    [Fact]
    public void TLS_NotSupported_with_SASL_Required_is_an_error()
    {
        var topology = Coexistence(partners: t => t.XmppPartner(Partner, p => p
            .ConfiguredOn(RedmondFe2015)
            .TlsNegotiation(Negotiation.NotSupported)
            .SaslNegotiation(Negotiation.Required)));

        var finding = topology.SingleFinding(Id);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(ElementKind.XmppPartner, finding.ElementKind);
        Assert.Equal(Partner, finding.Element);
        Assert.Equal(
            "XMPP partner 'jabber.fabrikam.com' has TLS negotiation NotSupported with SASL negotiation Required: SASL needs TLS to be available",
            finding.Message);
        Assert.Empty(finding.FixTargets);
    }

    [Fact]
    public void TLS_NotSupported_with_the_default_SASL_Required_is_an_error()
    {
        var topology = Coexistence(partners: t => t.XmppPartner(Partner, p => p.TlsNegotiation(Negotiation.NotSupported)));

        Assert.Equal([Partner, "Required"], topology.SingleFinding(Id).MessageArguments);
    }

    [Fact]
    public void TLS_NotSupported_with_SASL_Optional_is_an_error()
    {
        var topology = Coexistence(partners: t => t.XmppPartner(Partner, p => p
            .TlsNegotiation(Negotiation.NotSupported)
            .SaslNegotiation(Negotiation.Optional)));

        var finding = topology.SingleFinding(Id);

        Assert.Equal(Partner, finding.Element);
        Assert.Equal(
            "XMPP partner 'jabber.fabrikam.com' has TLS negotiation NotSupported with SASL negotiation Optional: SASL needs TLS to be available",
            finding.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TLS_NotSupported_with_SASL_Required_is_an_error_with_or_without_dialback(bool dialback)
    {
        var topology = Coexistence(partners: t => t.XmppPartner(Partner, p => p
            .TlsNegotiation(Negotiation.NotSupported)
            .SaslNegotiation(Negotiation.Required)
            .SupportDialbackNegotiation(dialback)));

        Assert.Equal(Partner, topology.SingleFinding(Id).Element);
    }

    [Fact]
    public void TLS_NotSupported_with_SASL_NotSupported_is_fine()
    {
        // "Not Supported / Not Supported / Dialback True": TCP dialback only, a documented configuration.
        var topology = Coexistence(partners: t => t.XmppPartner(Partner, p => p
            .TlsNegotiation(Negotiation.NotSupported)
            .SaslNegotiation(Negotiation.NotSupported)));

        topology.AssertNoFinding(Id);
    }

    [Theory]
    [InlineData(Negotiation.Required, Negotiation.Required)]
    [InlineData(Negotiation.Required, Negotiation.Optional)]
    [InlineData(Negotiation.Optional, Negotiation.Optional)]
    [InlineData(Negotiation.Optional, Negotiation.Required)]
    [InlineData(Negotiation.Required, Negotiation.NotSupported)]
    public void SASL_with_TLS_available_is_fine(Negotiation tls, Negotiation sasl)
    {
        var topology = Coexistence(partners: t => t.XmppPartner(Partner, p => p.TlsNegotiation(tls).SaslNegotiation(sasl)));

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void Only_the_partner_with_invalid_settings_is_reported()
    {
        var topology = Coexistence(partners: t => t
            .XmppPartner(Partner)
            .XmppPartner("im.litware.com", p => p.TlsNegotiation(Negotiation.NotSupported).SaslNegotiation(Negotiation.Optional)));

        Assert.Equal("im.litware.com", topology.SingleFinding(Id).Element);
    }
}
