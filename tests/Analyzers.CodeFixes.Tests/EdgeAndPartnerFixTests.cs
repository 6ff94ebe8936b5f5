using System.Threading.Tasks;

namespace XmppTopology.Analyzers.CodeFixes.Tests;

/// <summary>XMPP002 to XMPP008: fixes on Edges, routes and partners.</summary>
public class EdgeAndPartnerFixTests
{
    private static string Topology(string redmond, string rest = "") => $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)
        {{redmond}})
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").Xmpp()){{rest}});
        }
        """;

    [Fact]
    public Task Xmpp002_keep_the_legacy_edge_drops_the_mark_and_keeps_the_comment() => VerifyFix.Apply<RemoveCallFixProvider>(
        "XMPP002.Preferred",
        Topology("""
                    .EdgePool("edge13.contoso.com", ProductVersion.LyncServer2013, edge => edge.XmppProxy())
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge
                        .XmppProxy() // Jabber partners
                        .{|XMPP002:MarkForMigrationTo2019()|})
        """),
        Topology("""
                    .EdgePool("edge13.contoso.com", ProductVersion.LyncServer2013, edge => edge.XmppProxy())
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge
                        .XmppProxy() // Jabber partners
        )
        """));

    [Fact]
    public Task Xmpp002_on_one_line() => VerifyFix.Apply<RemoveCallFixProvider>(
        "XMPP002.Preferred",
        Topology("""
                    .EdgePool("edge13.contoso.com", ProductVersion.LyncServer2013, edge => edge.XmppProxy())
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().{|XMPP002:MarkForRemoval()|})
        """),
        Topology("""
                    .EdgePool("edge13.contoso.com", ProductVersion.LyncServer2013, edge => edge.XmppProxy())
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
        """));

    [Fact]
    public Task Xmpp004_removes_the_proxy_from_the_2019_edge() => VerifyFix.Apply<RemoveCallFixProvider>(
        "XMPP004.Preferred",
        Topology("""
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.Federation().{|XMPP004:XmppProxy()|})
        """),
        Topology("""
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.Federation())
        """));

    [Fact]
    public Task Xmpp003_configures_the_partner_on_the_legacy_pool() => VerifyFix.Apply<ReplaceReferenceFixProvider>(
        "XMPP003.Preferred",
        Topology("""
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
        """, """

                .XmppPartner("jabber.fabrikam.com", p => p.{|XMPP003:ConfiguredOn("fe19.contoso.com")|})
        """),
        Topology("""
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
        """, """

                .XmppPartner("jabber.fabrikam.com", p => p.ConfiguredOn("fe15.contoso.com"))
        """));

    [Fact]
    public Task Xmpp006_routes_xmpp_through_the_legacy_edge() => VerifyFix.Apply<ReplaceReferenceFixProvider>(
        "XMPP006.Preferred",
        Topology("""
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .{|XMPP006:XmppFederationRoute("edge19.contoso.com")|}
        """),
        Topology("""
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .XmppFederationRoute("edge15.contoso.com")
        """));

    [Fact]
    public Task Xmpp008_requires_tls() => VerifyFix.Apply<TlsNegotiationFixProvider>(
        "XMPP008.Preferred",
        Topology("""
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
        """, """

                .XmppPartner("jabber.fabrikam.com", p => p.{|XMPP008:TlsNegotiation(Negotiation.NotSupported)|}.SaslNegotiation(Negotiation.Optional))
        """),
        Topology("""
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
        """, """

                .XmppPartner("jabber.fabrikam.com", p => p.TlsNegotiation(Negotiation.Required).SaslNegotiation(Negotiation.Optional))
        """));

    [Fact]
    public Task Xmpp005_enables_the_proxy_on_the_legacy_edge_declared_in_another_file() => VerifyFix.Apply<EnableXmppProxyFixProvider>(
        "XMPP005.Preferred",
        [
            """
            static class Sites
            {
                // The legacy Edge: federation moved to 2019.
                public static void Redmond(CentralSiteBuilder site) => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015);
            }
            """,
            """
            static class Contoso
            {
                public static Topology Build() => Topology.{|XMPP005:Define("contoso.com", t => t
                    .CentralSite("Redmond", Sites.Redmond)
                    .XmppPartner("jabber.fabrikam.com"))|};
            }
            """,
        ],
        [
            """
            static class Sites
            {
                // The legacy Edge: federation moved to 2019.
                public static void Redmond(CentralSiteBuilder site) => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy());
            }
            """,
            """
            static class Contoso
            {
                public static Topology Build() => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", Sites.Redmond)
                    .XmppPartner("jabber.fabrikam.com"));
            }
            """,
        ]);

    [Fact]
    public Task Xmpp005_adds_the_proxy_to_an_existing_configuration() => VerifyFix.Apply<EnableXmppProxyFixProvider>(
        "XMPP005.Preferred",
        """
        static class Contoso
        {
            public static Topology Build() => Topology.{|XMPP005:Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.Machines("edge01.contoso.com")))
                .XmppPartner("jabber.fabrikam.com"))|};
        }
        """,
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.Machines("edge01.contoso.com").XmppProxy()))
                .XmppPartner("jabber.fabrikam.com"));
        }
        """);
}
