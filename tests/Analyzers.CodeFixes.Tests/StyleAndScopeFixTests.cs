using System.Threading.Tasks;

namespace XmppTopology.Analyzers.CodeFixes.Tests;

/// <summary>Naming style of the new target, Fix All across documents, and the remaining actions.</summary>
public class StyleAndScopeFixTests
{
    private const string Constants = """
        static class Names
        {
            public const string Fe2015 = "fe15.contoso.com";
            public const string Fe2019 = "fe19.contoso.com";
        }
        """;

    private const string Topology = """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool(Names.Fe2015, ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool(Names.Fe2019, ProductVersion.SkypeForBusiness2019, fe => fe.{|XMPP004:XmppGateway()|})
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
                .UserExternalAccessPolicy("XmppUsers", enableXmppAccess: true)
                .Users(SalesUsers.Plan)
                .Users(SupportUsers.Plan));
        }
        """;

    [Fact]
    public Task Without_a_handle_the_fix_uses_the_string_constant_and_Fix_All_crosses_documents() => VerifyFix.Apply<UserXmppFixProvider>(
        "XMPP001.Preferred",
        [
            Constants,
            Topology,
            """
            static class SalesUsers
            {
                public static void Plan(UserPlan users) => users.User("sip:alice@contoso.com").{|XMPP001:HomedOn(Names.Fe2019)|}.ExternalAccessPolicy("XmppUsers");
            }
            """,
            """
            static class SupportUsers
            {
                public static void Plan(UserPlan users) => users.User("sip:bob@contoso.com").Xmpp().{|XMPP001:MoveTo(Names.Fe2019)|};
            }
            """,
        ],
        [
            Constants,
            Topology, // its XMPP004 is another fixer's: unchanged
            """
            static class SalesUsers
            {
                public static void Plan(UserPlan users) => users.User("sip:alice@contoso.com").HomedOn(Names.Fe2015).ExternalAccessPolicy("XmppUsers");
            }
            """,
            """
            static class SupportUsers
            {
                public static void Plan(UserPlan users) => users.User("sip:bob@contoso.com").Xmpp();
            }
            """,
        ],
        iterations: 2);

    [Fact]
    public Task Xmpp004_removes_the_gateway_and_the_callback_it_leaves_empty() => VerifyFix.Apply<RemoveCallFixProvider>(
        "XMPP004.Preferred",
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019, fe => fe.{|XMPP004:XmppGateway()|})));
        }
        """,
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)));
        }
        """);

    [Fact]
    public Task Topo001_replaces_a_mistyped_site_name_with_a_string() => VerifyFix.Apply<ReplaceReferenceFixProvider>(
        "TOPO001.Preferred",
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site.FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015))
                .{|TOPO001:SiteExternalAccessPolicy("Redmund", enableXmppAccess: false)|});
        }
        """,
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site.FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015))
                .SiteExternalAccessPolicy("Redmond", enableXmppAccess: false));
        }
        """);

    [Fact]
    public Task Xmpp005_adds_the_proxy_to_a_block_bodied_configuration() => VerifyFix.Apply<EnableXmppProxyFixProvider>(
        "XMPP005.Preferred",
        """
        static class Contoso
        {
            public static Topology Build() => Topology.{|XMPP005:Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge =>
                    {
                        edge.Machines("edge01.contoso.com");
                    }))
                .XmppPartner("jabber.fabrikam.com"))|};
        }
        """,
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge =>
                    {
                        edge.Machines("edge01.contoso.com");
                        edge.XmppProxy();
                    }))
                .XmppPartner("jabber.fabrikam.com"));
        }
        """);
}
