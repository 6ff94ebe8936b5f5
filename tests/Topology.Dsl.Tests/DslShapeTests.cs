using System;
using System.Linq;

namespace XmppTopology.Tests;

public class DslShapeTests
{
    private static readonly PoolRef Fe2015 = new("fe15.contoso.com");

    [Fact]
    public void Define_builds_sites_pools_partners_policies_and_users_in_order()
    {
        var topology = Topology.Define("contoso.com", t => t
            .CentralSite("Redmond", site => site
                .FrontEndPool(Fe2015, ProductVersion.SkypeForBusiness2015, fe => fe.Machines("fe15a.contoso.com", "fe15b.contoso.com").AssociatedEdge("edge15.contoso.com"))
                .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.Federation().XmppProxy())
                .XmppFederationRoute("edge15.contoso.com")
                .BranchSite("Tukwila", branch => branch.SurvivableBranchAppliance("sba.contoso.com", ProductVersion.SkypeForBusiness2015)))
            .XmppPartner("jabber.fabrikam.com", p => p.Type(XmppPartnerType.Federated).ConfiguredOn(Fe2015))
            .UserExternalAccessPolicy("XmppUsers", enableXmppAccess: true)
            .Users(users =>
            {
                users.User("sip:alice@contoso.com").HomedOn(Fe2015).Xmpp();
                users.Users(["sip:bob@contoso.com", "sip:carol@contoso.com"]).HomedOn("fe15.contoso.com").ExternalAccessPolicy("XmppUsers");
            }));

        Assert.Equal("contoso.com", topology.Name);
        Assert.Equal(["Redmond", "Tukwila"], topology.Sites.Select(s => s.Name));
        Assert.Equal("Redmond", topology.FindSite("Tukwila")!.CentralSite);
        Assert.Equal("edge15.contoso.com", topology.FindSite("Redmond")!.XmppFederationRoute!.Name);
        Assert.Equal(["fe15.contoso.com", "edge15.contoso.com", "sba.contoso.com"], topology.Pools.Select(p => p.Fqdn));
        var frontEnd = topology.FindPool("FE15.contoso.com")!;
        Assert.Equal(2, frontEnd.Machines.Count);
        Assert.Equal("edge15.contoso.com", frontEnd.AssociatedEdge!.Name);
        var edge = topology.FindPool("edge15.contoso.com")!;
        Assert.True(edge.Federation);
        Assert.True(edge.XmppProxy);
        Assert.Equal(PoolRole.SurvivableBranchAppliance, topology.FindPool("sba.contoso.com")!.Role);
        Assert.Equal(XmppPartnerType.Federated, topology.XmppPartners.Single().Type);
        Assert.Equal(["sip:alice@contoso.com", "sip:bob@contoso.com", "sip:carol@contoso.com"], topology.Users.Select(u => u.SipAddress));
        Assert.Equal("XmppUsers", topology.Users[2].ExternalAccessPolicy!.Name);
        Assert.Empty(topology.Validate());
    }

    [Fact]
    public void A_partner_keeps_the_cmdlet_defaults()
    {
        var partner = Topology.Define("contoso.com", t => t.XmppPartner("jabber.fabrikam.com")).XmppPartners.Single();

        Assert.Equal(XmppPartnerType.PublicUnverified, partner.Type);
        Assert.Equal(Negotiation.Required, partner.TlsNegotiation);
        Assert.Equal(Negotiation.Required, partner.SaslNegotiation);
        Assert.True(partner.SupportDialbackNegotiation);
    }

    [Fact]
    public void The_built_model_cannot_be_changed_through_its_lists()
    {
        var topology = Topology.Define("contoso.com", t => t.CentralSite("Redmond", s => s.FrontEndPool(Fe2015, ProductVersion.SkypeForBusiness2015)));

        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<Pool>)topology.Pools).Add(topology.Pools[0]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("fe15")]
    [InlineData("fe 15.contoso.com")]
    [InlineData("-fe.contoso.com")]
    public void A_malformed_fqdn_throws_at_the_call(string fqdn)
    {
        var error = Assert.Throws<ArgumentException>(() => Topology.Define("contoso.com", t => t.CentralSite("Redmond", s => s.FrontEndPool(fqdn, ProductVersion.SkypeForBusiness2015))));
        Assert.Equal("fqdn", error.ParamName);
    }

    [Theory]
    [InlineData("alice@contoso.com")]
    [InlineData("sip:alice")]
    [InlineData("sip:@contoso.com")]
    [InlineData("")]
    public void A_malformed_sip_address_throws_at_the_call(string sip)
    {
        var error = Assert.Throws<ArgumentException>(() => Topology.Define("contoso.com", t => t.Users(u => u.User(sip))));
        Assert.Equal("sipAddress", error.ParamName);
    }

    [Fact]
    public void Null_arguments_throw_argument_null_exceptions_naming_the_parameter()
    {
        Assert.Equal("define", Assert.Throws<ArgumentNullException>(() => Topology.Define("contoso.com", null!)).ParamName);
        Assert.Equal("pool", Assert.Throws<ArgumentNullException>(() => Topology.Define("contoso.com", t => t.Users(u => u.User("sip:a@contoso.com").HomedOn((PoolRef)null!)))).ParamName);
        Assert.Equal("sipAddresses", Assert.Throws<ArgumentNullException>(() => Topology.Define("contoso.com", t => t.Users(u => u.Users(null!)))).ParamName);
    }

    [Fact]
    public void An_undefined_enum_value_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Topology.Define("contoso.com", t => t.CentralSite("Redmond", s => s.FrontEndPool(Fe2015, (ProductVersion)42))));
    }

    [Fact]
    public void Pool_handles_compare_their_fqdn_without_case()
    {
        Assert.Equal(new PoolRef("FE15.Contoso.com"), Fe2015);
        Assert.Equal("fe15.contoso.com", ((PoolRef)"fe15.contoso.com").ToString());
    }
}
