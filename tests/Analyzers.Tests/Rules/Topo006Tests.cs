using System.Linq;
using System.Threading.Tasks;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests.Rules;

/// <summary>
/// TOPO006: the same user (SIP addresses compare without case) is declared more than once;
/// reported at each later declaration's SIP address, naming the first, in the order the
/// declarations run, across plans and files. A SIP address not known at compile time takes no part.
/// </summary>
public class Topo006Tests
{
    private const string Differ = "the two declarations differ, keep the one the plan means";
    private const string Same = "this declaration says the same, remove it";

    private const string Pools = """
        static class Pools
        {
            public static readonly PoolRef Fe15 = new("fe15.contoso.com");
            public static readonly PoolRef Fe19 = new("fe19.contoso.com");
        }
        """;

    // Two central-site pools; users from the plans named in PLANS, in that order.
    private const string Topology = """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool(Pools.Fe15, ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool(Pools.Fe19, ProductVersion.SkypeForBusiness2019))
                PLANS);
        }
        """;

    private static string WithPlans(string plans) => Topology.Replace("PLANS", plans, System.StringComparison.Ordinal);

    [Fact]
    public Task A_user_declared_again_in_another_case_is_reported_at_the_later_SIP_address() => Verify.Analyzer(
        [
            Pools,
            WithPlans("""
                .Users(users =>
                {
                    users.User("sip:Pat.Benatar@contoso.com").HomedOn(Pools.Fe15);
                    users.User({|#0:"sip:pat.benatar@contoso.com"|}).HomedOn(Pools.Fe19);
                })
                """),
        ],
        Verify.Diagnostic(RuleIds.Topo006).WithLocation(0).WithArguments("sip:pat.benatar@contoso.com", "sip:Pat.Benatar@contoso.com", Differ));

    [Fact]
    public Task A_later_declaration_in_a_users_file_says_the_same_as_the_first_in_the_topology_file() => Verify.Analyzer(
        [
            Pools,
            WithPlans("""
                .Users(users => users.User("sip:alice@contoso.com").HomedOn(Pools.Fe15))
                .Users(Team.Plan)
                """),
            """
            static class Team
            {
                public static void Plan(UserPlan users)
                {
                    users.User("sip:bob@contoso.com").HomedOn(Pools.Fe15);
                    users.User({|#0:"SIP:Alice@Contoso.com"|}).HomedOn(Pools.Fe15);
                }
            }
            """,
        ],
        Verify.Diagnostic(RuleIds.Topo006).WithLocation(0).WithArguments("SIP:Alice@Contoso.com", "sip:alice@contoso.com", Same));

    [Fact]
    public Task The_plan_handed_on_first_declares_first_whatever_file_comes_first() => Verify.Analyzer(
        [
            Pools,
            """
            static class Alpha
            {
                public static void Plan(UserPlan users) => users.User({|#0:"sip:carol@contoso.com"|}).HomedOn(Pools.Fe15).MoveTo(Pools.Fe19);
            }
            """,
            WithPlans(".Users(Zeta.Plan).Users(Alpha.Plan).Users(users => users.User({|#1:\"sip:CAROL@contoso.com\"|}).HomedOn(Pools.Fe15))"),
            """
            static class Zeta
            {
                public static void Plan(UserPlan users) => users.User("sip:Carol@contoso.com").HomedOn(Pools.Fe15);
            }
            """,
        ],
        Verify.Diagnostic(RuleIds.Topo006).WithLocation(0).WithArguments("sip:carol@contoso.com", "sip:Carol@contoso.com", Differ),
        Verify.Diagnostic(RuleIds.Topo006).WithLocation(1).WithArguments("sip:CAROL@contoso.com", "sip:Carol@contoso.com", Same));

    [Fact]
    public Task Users_of_a_team_are_reported_at_their_items_in_the_call_or_in_the_list() => Verify.Analyzer(
        [
            Pools,
            """
            static class Teams
            {
                public static readonly string[] Sales = ["sip:dave@contoso.com", {|#1:"sip:Erin@contoso.com"|}];
            }
            """,
            WithPlans("""
                .Users(users =>
                {
                    users.User("sip:frank@contoso.com").HomedOn(Pools.Fe15);
                    users.Users(["sip:erin@contoso.com", {|#0:"sip:Frank@contoso.com"|}, "sip:grace@contoso.com"]).HomedOn(Pools.Fe15);
                })
                .Users(users => users.Users(Teams.Sales).HomedOn(Pools.Fe15))
                """),
        ],
        Verify.Diagnostic(RuleIds.Topo006).WithLocation(0).WithArguments("sip:Frank@contoso.com", "sip:frank@contoso.com", Same),
        Verify.Diagnostic(RuleIds.Topo006).WithLocation(1).WithArguments("sip:Erin@contoso.com", "sip:erin@contoso.com", Same));

    // The first address is bound in the topology file (a string), the later one read from the users
    // file's text (a line, its characters as written, a verbatim literal for a quote): both are
    // hashed and compared as the runtime compares them, letters whose case crosses ASCII included
    // (dotless ı and I, long ſ and S, the Kelvin sign and k), and letters outside the BMP.
    [Theory]
    [InlineData("sip:pat@contoso.com", "SIP:PAT@CONTOSO.COM")]
    [InlineData("sip:a\"b@contoso.com", "sip:A\"B@contoso.com")]
    [InlineData("sip:pat@contoso.com", "sip:pat@contoso.co")]
    [InlineData("sip:pat@contoso.com", "sip:pat2@contoso.com")]
    [InlineData("sip:\u0131van@contoso.com", "sip:Ivan@contoso.com")]
    [InlineData("sip:\u017Fam@contoso.com", "sip:Sam@contoso.com")]
    [InlineData("sip:\u212Aai@contoso.com", "sip:kai@contoso.com")]
    [InlineData("sip:\u00E9va@contoso.com", "sip:\u00C9VA@contoso.com")]
    [InlineData("sip:\U00010428@contoso.com", "sip:\U00010400@contoso.com")]
    public async Task Two_spellings_are_one_user_exactly_when_the_runtime_compares_them_equal(string first, string later)
    {
        var compilation = Infrastructure.TopologyCompilation.Create(
        [
            ("Pools.cs", Verify.Usings + Pools),
            ("Topology.cs", Verify.Usings + WithPlans($".Users(users => users.User({Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(first, quote: true)}).HomedOn(Pools.Fe15)).Users(Team.Plan)")),
            ("Team.cs", Verify.Usings + $"static class Team\n{{\n    public static void Plan(UserPlan users) => users.User({AsWritten(later)}).HomedOn(Pools.Fe15);\n}}\n"),
        ]);

        var runtime = Infrastructure.TopologyCompilation.Validate(compilation, "Contoso").Count(f => f.RuleId == RuleIds.Topo006);
        var analyzer = (await Infrastructure.TopologyCompilation.AnalyzeAsync(compilation)).Count(d => d.Id == RuleIds.Topo006);

        Assert.Equal(string.Equals(first, later, System.StringComparison.OrdinalIgnoreCase) ? 1 : 0, runtime);
        Assert.Equal(runtime, analyzer);
    }

    // A literal the users file reader takes: its characters as they are, a quote in a verbatim literal.
    private static string AsWritten(string value) => value.Contains('"', System.StringComparison.Ordinal) ? "@\"" + value.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"" : "\"" + value + "\"";

    [Fact]
    public Task A_list_held_in_a_field_and_given_to_two_calls_declares_its_users_twice_at_its_items() => Verify.Analyzer(
        [
            Pools,
            """
            static class Teams
            {
                public static readonly string[] Sales = [{|#0:"sip:kim@contoso.com"|}];
            }
            """,
            WithPlans(".Users(users => users.Users(Teams.Sales).HomedOn(Pools.Fe15)).Users(Support.Plan)"),
            """
            static class Support
            {
                public static void Plan(UserPlan users) => users.Users(Teams.Sales).HomedOn("fe15.contoso.com");
            }
            """,
        ],
        Verify.Diagnostic(RuleIds.Topo006).WithLocation(0).WithArguments("sip:kim@contoso.com", "sip:kim@contoso.com", Same));

    [Fact]
    public Task A_SIP_address_not_known_at_compile_time_is_TOPO005_and_compared_with_nothing() => Verify.Analyzer(
        [
            Pools,
            """
            static class Contoso
            {
                public static Topology Build(string sip, string[] team) => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", site => site.FrontEndPool(Pools.Fe15, ProductVersion.SkypeForBusiness2015))
                    .Users(users =>
                    {
                        users.User("sip:alice@contoso.com").HomedOn(Pools.Fe15);
                        users.User({|#0:sip|}).HomedOn(Pools.Fe15);
                        users.Users({|#1:team|}).HomedOn(Pools.Fe15);
                        users.Users(["sip:bob@contoso.com", {|#2:sip|}]).HomedOn(Pools.Fe15);
                        users.User("sip:bob@contoso.com").HomedOn(Pools.Fe15);
                    }));
            }
            """,
        ],
        Verify.Diagnostic(RuleIds.Topo005).WithLocation(0).WithArguments("SIP address"),
        Verify.Diagnostic(RuleIds.Topo005).WithLocation(1).WithArguments("list of SIP addresses"),
        Verify.Diagnostic(RuleIds.Topo005).WithLocation(2).WithArguments("list of SIP addresses"));

    [Fact]
    public Task A_plan_handed_on_twice_declares_each_of_its_users_twice() => Verify.Analyzer(
        [
            Pools,
            WithPlans(".Users(Team.Plan).Users(Team.Plan)"),
            """
            static class Team
            {
                public static void Plan(UserPlan users) => users.User({|#0:"sip:heidi@contoso.com"|}).HomedOn(Pools.Fe15);
            }
            """,
        ],
        Verify.Diagnostic(RuleIds.Topo006).WithLocation(0).WithArguments("sip:heidi@contoso.com", "sip:heidi@contoso.com", "the call that declares it runs twice"));

    [Fact]
    public Task One_user_in_two_topologies_and_distinct_users_are_fine() => Verify.Analyzer(
        Pools,
        WithPlans(".Users(users => { users.User(\"sip:ivan@contoso.com\").HomedOn(Pools.Fe15); users.User(\"sip:ivan@fabrikam.com\").HomedOn(Pools.Fe15); users.User(\"sip:ivan2@contoso.com\").HomedOn(Pools.Fe15); })"),
        """
        static class Lab
        {
            public static Topology Build() => Topology.Define("lab.contoso.com", t => t
                .CentralSite("Lab", site => site.FrontEndPool("fe15.lab.contoso.com", ProductVersion.SkypeForBusiness2015))
                .Users(users => users.User("sip:ivan@contoso.com").HomedOn("fe15.lab.contoso.com")));
        }
        """);

    [Fact]
    public Task Settings_named_differently_but_meaning_the_same_pool_say_the_same() => Verify.Analyzer(
        [
            Pools,
            WithPlans("""
                .UserExternalAccessPolicy("NoXmpp", enableXmppAccess: false)
                .Users(users =>
                {
                    users.User("sip:judy@contoso.com").HomedOn(Pools.Fe15).ExternalAccessPolicy("NoXmpp");
                    users.User({|#0:"sip:judy@contoso.com"|}).ExternalAccessPolicy("noxmpp").HomedOn("FE15.contoso.com");
                    users.User({|#1:"sip:judy@contoso.com"|}).HomedOn(Pools.Fe15);
                })
                """),
        ],
        Verify.Diagnostic(RuleIds.Topo006).WithLocation(0).WithArguments("sip:judy@contoso.com", "sip:judy@contoso.com", Same),
        Verify.Diagnostic(RuleIds.Topo006).WithLocation(1).WithArguments("sip:judy@contoso.com", "sip:judy@contoso.com", Differ));

    /// <summary>
    /// Long-mode edit differential, seeds 1265 and 1288: both declarations are homed on a pool
    /// handle that a static constructor sets again, so the analyzer cannot know the pool; it said
    /// "the two declarations differ" where Validate() found them the same. What is known agrees,
    /// so the verdict is not known at compile time; a setting known to differ still differs.
    /// </summary>
    [Fact]
    public Task Declarations_whose_comparison_needs_a_value_not_known_at_compile_time_are_not_said_to_differ() => Verify.Analyzer(
        [
            """
            static class Pools
            {
                public static readonly PoolRef Fe15 = new("fe15.contoso.com");
                public static readonly PoolRef Fe19 = new("fe19.contoso.com");
                static Pools() { Fe15 = new("fe15.contoso.com"); }
            }
            """,
            WithPlans("""
                .Users(users =>
                {
                    users.User("sip:kim@contoso.com").HomedOn({|#0:Pools.Fe15|});
                    users.User({|#1:"SIP:KIM@contoso.com"|}).HomedOn({|#2:Pools.Fe15|});
                    users.User({|#3:"sip:kim@contoso.com"|}).HomedOn({|#4:Pools.Fe15|}).Xmpp(false);
                })
                """).Replace(".FrontEndPool(Pools.Fe15,", ".FrontEndPool(\"fe15.contoso.com\",", System.StringComparison.Ordinal),
        ],
        Verify.Diagnostic(RuleIds.Topo005).WithLocation(0).WithArguments("pool FQDN"),
        Verify.Diagnostic(RuleIds.Topo005).WithLocation(2).WithArguments("pool FQDN"),
        Verify.Diagnostic(RuleIds.Topo005).WithLocation(4).WithArguments("pool FQDN"),
        Verify.Diagnostic(RuleIds.Topo006).WithLocation(1).WithArguments("SIP:KIM@contoso.com", "sip:kim@contoso.com", "(whether the two declarations differ not known at compile time)"),
        Verify.Diagnostic(RuleIds.Topo006).WithLocation(3).WithArguments("sip:kim@contoso.com", "sip:kim@contoso.com", Differ));
}
