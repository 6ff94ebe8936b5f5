using System.Threading.Tasks;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests.Rules;

/// <summary>
/// TOPO005: a value a rule needs is not known at compile time; reported at the value, named as
/// the DSL's description names the argument, and never guessed. Analyzer-only: Validate() knows
/// every value.
/// </summary>
public class Topo005Tests
{
    // A clean topology (a legacy Front End pool, a legacy Edge with the XMPP proxy), built from
    // parameters of every kind the DSL takes: none of them is known at compile time.
    private const string Template = """
        static class Contoso
        {
            public static Topology Build(string text, PoolRef pool, bool flag, ProductVersion version, Negotiation negotiation, XmppPartnerType type, string[] machines, string[] team) =>
                Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", site => site
                        .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                        .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
                    CALL);
        }
        """;

    [Theory]
    [InlineData("""CentralSite({|#0:text|}, site => site.FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013))""", "site name")]
    [InlineData("""CentralSite("Dublin", site => site.FrontEndPool({|#0:pool|}, ProductVersion.SkypeForBusiness2015))""", "pool FQDN")]
    [InlineData("""CentralSite("Dublin", site => site.EdgePool("edge13.contoso.com", {|#0:version|}))""", "product version")]
    [InlineData("""CentralSite("Dublin", site => site.FederationRoute({|#0:pool|}))""", "federation route")]
    [InlineData("""CentralSite("Dublin", site => site.XmppFederationRoute({|#0:pool|}))""", "XMPP federation route")]
    [InlineData("""CentralSite("Dublin", site => site.BranchSite({|#0:text|}, branch => branch.SurvivableBranchServer("sbs.contoso.com", ProductVersion.SkypeForBusiness2015)))""", "site name")]
    [InlineData("""CentralSite("Dublin", site => site.FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, fe => fe.AssociatedEdge({|#0:pool|})))""", "associated Edge pool")]
    [InlineData("""CentralSite("Dublin", site => site.FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, fe => fe.XmppGateway({|#0:flag|})))""", "XMPP gateway setting")]
    [InlineData("""CentralSite("Dublin", site => site.FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, fe => fe.Machines({|#0:machines|})))""", "list of machine FQDNs")]
    [InlineData("""CentralSite("Dublin", site => site.EdgePool("edge13.contoso.com", ProductVersion.LyncServer2013, edge => edge.Federation({|#0:flag|})))""", "federation setting")]
    [InlineData("""CentralSite("Dublin", site => site.EdgePool("edge13.contoso.com", ProductVersion.LyncServer2013, edge => edge.XmppProxy({|#0:flag|})))""", "XMPP proxy setting")]
    [InlineData("""XmppPartner({|#0:text|})""", "partner domain")]
    [InlineData("""XmppPartner("jabber.org", p => p.Type({|#0:type|}))""", "partner type")]
    [InlineData("""XmppPartner("jabber.org", p => p.TlsNegotiation({|#0:negotiation|}))""", "TLS negotiation")]
    [InlineData("""XmppPartner("jabber.org", p => p.SaslNegotiation({|#0:negotiation|}))""", "SASL negotiation")]
    [InlineData("""XmppPartner("jabber.org", p => p.SupportDialbackNegotiation({|#0:flag|}))""", "dialback setting")]
    [InlineData("""XmppPartner("jabber.org", p => p.ConfiguredOn({|#0:pool|}))""", "pool FQDN")]
    [InlineData("""GlobalExternalAccessPolicy({|#0:flag|})""", "EnableXmppAccess value")]
    [InlineData("""SiteExternalAccessPolicy({|#0:text|}, true)""", "site name")]
    [InlineData("""UserExternalAccessPolicy({|#0:text|}, true)""", "policy name")]
    [InlineData("""UserExternalAccessPolicy("XmppUsers", {|#0:flag|})""", "EnableXmppAccess value")]
    [InlineData("""Users(users => users.User({|#0:text|}).HomedOn("fe15.contoso.com"))""", "SIP address")]
    [InlineData("""Users(users => users.Users({|#0:team|}).HomedOn("fe15.contoso.com"))""", "list of SIP addresses")]
    [InlineData("""Users(users => users.User("sip:alice@contoso.com").HomedOn({|#0:pool|}))""", "pool FQDN")]
    [InlineData("""Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").MoveTo({|#0:pool|}))""", "pool FQDN")]
    [InlineData("""Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").ExternalAccessPolicy({|#0:text|}))""", "policy name")]
    [InlineData("""Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").Xmpp({|#0:flag|}))""", "XMPP setting")]
    public Task A_parameter_given_to_a_DSL_call_is_reported_at_the_argument_by_its_name(string call, string what) => Verify.Analyzer(
        Template.Replace("CALL", "." + call, System.StringComparison.Ordinal),
        Verify.Diagnostic(RuleIds.Topo005).WithLocation(0).WithArguments(what));

    [Fact]
    public Task A_topology_name_not_known_at_compile_time_is_reported() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build(string domain) => Topology.Define({|#0:domain|}, t => t
                .CentralSite("Redmond", site => site.FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo005).WithLocation(0).WithArguments("topology name"));

    [Fact]
    public Task A_callback_held_in_a_field_is_reported_and_so_is_each_call_it_makes() => Verify.Analyzer(
        """
        static class Contoso
        {
            static readonly System.Action<CentralSiteBuilder> Redmond = site => site.{|#1:FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)|};

            public static Topology Build() => Topology.Define("contoso.com", t => t.CentralSite("Redmond", {|#0:Redmond|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo005).WithLocation(0).WithArguments("callback that declares this element"),
        Verify.Diagnostic(RuleIds.Topo005).WithLocation(1).WithArguments("builder this call is made on"));

    [Fact]
    public Task A_users_callback_held_in_a_field_is_reported() => Verify.Analyzer(
        """
        static class Contoso
        {
            static readonly System.Action<UserPlan> Plan = users => users.{|#1:User("sip:alice@contoso.com")|}.HomedOn("fe19.contoso.com").Xmpp();

            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
                .Users({|#0:Plan|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo005).WithLocation(0).WithArguments("callback that declares the users"),
        Verify.Diagnostic(RuleIds.Topo005).WithLocation(1).WithArguments("builder this call is made on"));

    [Fact]
    public Task A_parameter_of_a_helper_in_another_file_is_reported_there_even_when_every_caller_passes_a_constant() => Verify.Analyzer(
        [
            """
            static partial class Contoso
            {
                public static Topology Build() => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", site => Legacy(site, "fe15.contoso.com")));
            }
            """,
            """
            static partial class Contoso
            {
                static void Legacy(CentralSiteBuilder site, string frontEnd) => site
                    .FrontEndPool({|#0:frontEnd|}, ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy());
            }
            """],
        Verify.Diagnostic(RuleIds.Topo005).WithLocation(0).WithArguments("pool FQDN"));

    [Fact]
    public Task Values_the_analyzer_reads_are_not_reported() => Verify.Analyzer(
        """
        static class Pools
        {
            public const string Domain = "contoso.com";
            public const bool Proxy = true;
            public const ProductVersion Legacy = ProductVersion.SkypeForBusiness2015;
            public static readonly PoolRef Fe2015 = new("fe15." + Domain);
            public static readonly PoolRef Edge2015 = $"edge15.{Domain}";
            public static readonly string[] Team = ["sip:alice@" + Domain, $"sip:bob@{Domain}"];
        }

        static class Contoso
        {
            public static Topology Build() => Topology.Define(Pools.Domain, t => t
                .CentralSite(nameof(Contoso), site => site
                    .FrontEndPool(Pools.Fe2015, Pools.Legacy, fe => fe.Machines("fe15a." + Pools.Domain))
                    .EdgePool(Pools.Edge2015, Pools.Legacy, edge => edge.XmppProxy(Pools.Proxy))
                    .XmppFederationRoute(Pools.Edge2015))
                .Users(users => users.Users(Pools.Team).HomedOn(Pools.Fe2015).Xmpp(Pools.Proxy)));
        }
        """);
}
