using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using XmppTopology.Analyzers.Tests.Infrastructure;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests;

/// <summary>
/// Methods that only list users are read without binding; the diagnostics must be exactly those
/// that binding every method gives: same IDs, spans, messages, fix targets and their places.
/// </summary>
[Collection(nameof(IncrementalTests))]
public class UserListReaderTests
{
    internal const string Topology = """
        using XmppTopology;
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool(Pools.Fe15, ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool(Pools.Fe19, ProductVersion.SkypeForBusiness2019)
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, fe => fe.MarkForRemoval())
                    .EdgePool(Pools.Edge15, ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().Federation()))
                .UserExternalAccessPolicy("AllowXmpp", enableXmppAccess: true)
                .Users(Plain.Plan)
                .Users(Shapes.Plan)
                .Users(u => Shadowed.Plan(u, new OtherPools()))
                .Users(u => Mixed.Plan(u, u))
                .Users(Lists.Plan)
                .Users(Lists.Extra)
                .Users(Lexical.Plan)
                .Users(Lexical.Escaped)
                .Users(Lexical.Region)
                .Users(Lexical.Unicode)
                .Users(HostUsers.Plan)
                .Users(Teams.Plan));
        }

        static class Pools
        {
            public static readonly PoolRef Fe15 = new("fe15.contoso.com");
            public static readonly PoolRef Fe19 = new("fe19.contoso.com");
            public static PoolRef Edge15 => new("edge15.contoso.com");
            public static PoolRef Missing => "fe77.contoso.com";
        }

        static class Names
        {
            public const string Fe19 = "fe19.contoso.com";
        }

        sealed class OtherPools
        {
            public PoolRef Fe19 { get; } = new("fe19.contoso.com");
        }
        """;

    private const string Plain = """
        using XmppTopology;
        static class Plain
        {
            public static void Plan(UserPlan users)
            {
                users.User("sip:alice@contoso.com").HomedOn(Pools.Fe15).Xmpp();
                users.User("sip:bob@contoso.com").HomedOn(Pools.Fe19).Xmpp();
                users.User("sip:carol@contoso.com").HomedOn("fe15.contoso.com").MoveTo(Pools.Fe19).Xmpp(true);
                users.User("sip:dave@contoso.com").HomedOn(Pools.Fe19).Xmpp(false);
                users.User("sip:erin@contoso.com").HomedOn("fe13.contoso.com");
                users.User("sip:frank@contoso.com").HomedOn(Pools.Missing).ExternalAccessPolicy("AllowXmpp");
                users.User(@"sip:grace@contoso.com").HomedOn("fe99.contoso.com").ExternalAccessPolicy("NoSuchPolicy");
                users.User("sip:heidi@contoso.com").HomedOn(Pools.Fe19).ExternalAccessPolicy("AllowXmpp");
            }
        }
        """;

    private const string Shapes = """
        using XmppTopology;
        static class Shapes
        {
            // Expression-bodied, a property handle, a setting before HomedOn, and a second plan.
            public static void Plan(UserPlan users) => users.User("sip:ivan@contoso.com").Xmpp().HomedOn(Pools.Edge15);
            public static void Two(UserPlan first, UserPlan second)
            {
                first.User("sip:judy@contoso.com").HomedOn(Pools.Fe19).Xmpp();
                second.User("sip:ken@contoso.com").HomedOn(Pools.Fe19).Xmpp();
            }
        }
        """;

    private const string Shadowed = """
        using XmppTopology;
        static class Shadowed
        {
            // 'Pools' is the parameter here, not the class: the binder reads this method.
            public static void Plan(UserPlan users, OtherPools Pools) => users.User("sip:leo@contoso.com").HomedOn(Pools.Fe19).Xmpp();
        }
        """;

    private const string Mixed = """
        using XmppTopology;
        static class Mixed
        {
            // A const string, a local, two plans for one set of users: the binder reads these.
            public static void Plan(UserPlan users, UserPlan again)
            {
                users.User("sip:mia@contoso.com").HomedOn(Names.Fe19).Xmpp();
                var pool = Pools.Fe19;
                again.User("sip:ned@contoso.com").HomedOn(pool).Xmpp();
                Twice(users);
            }

            // A setting made twice (the last one wins, each is read): the binder reads this too.
            public static void Twice(UserPlan users)
            {
                users.User("sip:nia@contoso.com").HomedOn(Pools.Missing).Xmpp().HomedOn(Pools.Fe19).Xmpp(false);
                users.User("sip:nils@contoso.com").HomedOn(Pools.Fe15).Xmpp();
            }
        }
        """;

    private const string Lists = """
        using XmppTopology;
        static class Lists
        {
            private static readonly string[] Sales = ["sip:olga@contoso.com", "sip:pat@contoso.com"];
            public static void Plan(UserPlan users)
            {
                users.Users(Sales).HomedOn(Pools.Fe19).Xmpp();
                users.User("sip:quinn@contoso.com").HomedOn(Pools.Fe19).Xmpp();
            }

            // Read without binding, in a file that is not only users (it defines Sales): its
            // users join the infrastructure as calls.
            public static void Extra(UserPlan users) => users.User("sip:rob@contoso.com").HomedOn(Pools.Fe19).Xmpp();
        }
        """;

    private const string Lexical = """
        using XmppTopology;
        static class Lexical
        {
            // Comments, line breaks, spaces between tokens, verbatim strings: read from the text.
            public static void Plan(UserPlan users)
            {
                users.User("sip:sam@contoso.com") // the first
                    .HomedOn(Pools.Fe19) /* a 2019 pool */ .Xmpp();
                users . User ( @"sip:""tess""@contoso.com" ) . HomedOn ( "fe19.contoso.com" ) . Xmpp ( true ) ;
                /// a documentation comment in a body
                users.User("sip:uma@contoso.com").HomedOn(Pools.Fe19).ExternalAccessPolicy(@"AllowXmpp");
            }

            // An escape sequence: the binder reads this one.
            public static void Escaped(UserPlan users) => users.User("sip:v\u0069c@contoso.com").HomedOn(Pools.Fe19).Xmpp();

            // A directive: the binder reads this one.
            public static void Region(UserPlan users)
            {
                #region VIPs
                users.User("sip:wendy@contoso.com").HomedOn(Pools.Fe19).Xmpp();
                #endregion
            }

            // A name outside ASCII: the binder reads this one.
            public static void Unicode(UserPlan usërs) => usërs.User("sip:xena@contoso.com").HomedOn(Pools.Fe19).Xmpp();
        }
        """;

    private const string Hosts = """
        using System;
        using XmppTopology;
        static class Hosts
        {
            // Read from their syntax: literals, names, new(...) of a handle, concatenations.
            public const string Domain = "contoso.com";
            public static readonly string Suffix = "." + Domain;
            public static string Fe19Name => "fe19." + Domain;
            public static readonly PoolRef Fe19ByReadonly = new("fe19" + Suffix);
            public static readonly PoolRef Fe19ByType = new PoolRef("fe19." + Domain);
            public static readonly PoolRef Fe19ByConversion = "fe19." + Domain;
            public static readonly PoolRef Fe19ByProperty = new(Fe19Name);
            public static readonly PoolRef Fe19Escaped = new("fe19\u002econtoso.com");

            // Left to the binder: a member access, a named argument, parentheses, a number.
            public static readonly PoolRef Unknown = new(Environment.MachineName);
            public static readonly PoolRef Fe19Named = new(fqdn: "fe19." + Domain);
            public static readonly PoolRef Fe19Parenthesized = new(("fe19." + Domain));
            public static readonly PoolRef Numbered = "fe" + 19 + "." + Domain;

            // No value at compile time: reported at each line that names it.
            public static PoolRef Settable { get; set; }
        }
        """;

    private const string HostUsers = """
        using XmppTopology;
        static class HostUsers
        {
            public static void Plan(UserPlan users)
            {
                users.User("sip:yves@contoso.com").HomedOn(Hosts.Fe19ByReadonly).Xmpp();
                users.User("sip:zoe@contoso.com").HomedOn(Hosts.Fe19ByType).Xmpp();
                users.User("sip:abe@contoso.com").HomedOn(Hosts.Fe19ByConversion).Xmpp();
                users.User("sip:bea@contoso.com").HomedOn(Hosts.Fe19ByProperty).Xmpp();
                users.User("sip:cal@contoso.com").HomedOn(Hosts.Fe19Escaped).Xmpp();
                users.User("sip:dee@contoso.com").HomedOn(Hosts.Unknown).Xmpp();
                users.User("sip:dot@contoso.com").MoveTo(Hosts.Settable).HomedOn(Hosts.Unknown);
                users.User("sip:don@contoso.com").HomedOn(Hosts.Fe19ByReadonly).MoveTo(Hosts.Settable).Xmpp();
                users.User("sip:dan@contoso.com").HomedOn(Hosts.Settable);
                users.User("sip:eli@contoso.com").HomedOn(Hosts.Fe19Named).Xmpp();
                users.User("sip:fay@contoso.com").HomedOn(Hosts.Fe19Parenthesized).Xmpp();
                users.User("sip:gus@contoso.com").HomedOn(Hosts.Numbered).Xmpp();
            }
        }
        """;

    // Teams' lists in the shapes people write them: read from their syntax when every string is
    // (collection expressions, the three array forms, an expression-bodied property); the binder
    // reads a null, an interpolation, and a list a static constructor adds to (not known).
    private const string Teams = """
        using System.Collections.Generic;
        using XmppTopology;
        static class Teams
        {
            private static readonly string[] Sales = ["sip:hal@contoso.com", "sip:ida@contoso.com"];
            private static readonly string[] Legal = new[] { "sip:jon@" + Hosts.Domain, "sip:kim@contoso.com" };
            private static readonly string[] Ops = new string[] { "sip:lou@contoso.com" };
            private static readonly string[] Hr = { "sip:max@contoso.com", "sip:nan@contoso.com" };
            private static IReadOnlyList<string> Board => ["sip:ora@contoso.com"];
            private static readonly IEnumerable<string> Spread = ["sip:pia@contoso.com", .. Sales];
            private static readonly string[] WithNull = ["sip:rex@contoso.com", null!];
            private static readonly string[] Interpolated = [$"sip:sue@{Hosts.Domain}"];
            private static readonly List<string> Grown = ["sip:tom@contoso.com"];

            static Teams() => Grown.Add("sip:ulf@contoso.com");

            public static void Plan(UserPlan users)
            {
                users.Users(Sales).HomedOn(Pools.Fe19).Xmpp();
                users.Users(Legal).HomedOn(Pools.Fe19).Xmpp();
                users.Users(Ops).HomedOn(Pools.Fe15).MoveTo(Pools.Fe19).Xmpp();
                users.Users(Hr).HomedOn(Pools.Fe19).Xmpp();
                users.Users(Board).HomedOn(Pools.Fe19).Xmpp();
                users.Users(Spread).HomedOn(Pools.Fe19).Xmpp();
                users.Users(WithNull).HomedOn(Pools.Fe19).Xmpp();
                users.Users(Interpolated).HomedOn(Pools.Fe19).Xmpp();
                users.Users(Grown).HomedOn(Pools.Fe19).Xmpp();
            }
        }
        """;

    public static TheoryData<string> Corpora => ["shapes", "generated"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Reading_without_binding_gives_the_diagnostics_of_binding(string corpus)
    {
        var files = Files(corpus);
        var bound = await Listing(files, readUserListsWithoutBinding: false);
        var before = MethodsReadWithoutBinding();
        var read = await Listing(files, readUserListsWithoutBinding: true);

        Assert.True(MethodsReadWithoutBinding() > before, "no method was read without binding: the comparison would prove nothing");
        Assert.NotEmpty(bound);
        Assert.Equal(bound, read);
    }

    // Teams' lists of literals as people also spell them: a trailing comma, comments, verbatim and
    // escaped strings, an empty list, and one address declared again in another case (TOPO006 at its item).
    private const string SpelledTopology = """
        using XmppTopology;
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool(Pools.Fe15, ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool(Pools.Fe19, ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().Federation()))
                .Users(Spelled.Plan));
        }

        static class Pools
        {
            public static readonly PoolRef Fe15 = new("fe15.contoso.com");
            public static readonly PoolRef Fe19 = new("fe19.contoso.com");
        }
        """;

    private const string Spelled = """
        using XmppTopology;
        static class Spelled
        {
            private static readonly string[] Trailing = ["sip:amy@contoso.com", "sip:bea@contoso.com",];
            private static readonly string[] Commented = [ // the sales team
                "sip:cal@contoso.com", /* on leave */ "sip:dee@contoso.com"
            ];
            private static readonly string[] Verbatim = { @"sip:eve@contoso.com", @"sip:""fay""@contoso.com" };
            private static readonly string[] Escaped = ["sip:g\u0075s@contoso.com"];
            private static readonly string[] Empty = [];
            private static readonly string[] Again = new string[] { "SIP:AMY@contoso.com", "sip:hal@contoso.com" };

            public static void Plan(UserPlan users)
            {
                users.Users(Trailing).HomedOn(Pools.Fe19).Xmpp();
                users.Users(Commented).HomedOn(Pools.Fe15).MoveTo(Pools.Fe19).Xmpp();
                users.Users(Verbatim).HomedOn(Pools.Fe19).Xmpp();
                users.Users(Escaped).HomedOn(Pools.Fe19).Xmpp();
                users.Users(Empty).HomedOn(Pools.Fe19).Xmpp();
                users.Users(Again).HomedOn(Pools.Fe15);
            }
        }
        """;

    [Fact]
    public async Task Lists_of_literals_however_spelled_are_read_without_binding_as_the_binder_reads_them()
    {
        (string, string)[] files = [("Topology.cs", SpelledTopology), ("Spelled.cs", Spelled)];
        var bound = await Listing(files, readUserListsWithoutBinding: false);
        var before = Counter("Extraction.InitializerReader", "ValuesRead");
        var read = await Listing(files, readUserListsWithoutBinding: true);

        // The six lists and the two handles.
        Assert.Equal(8, Counter("Extraction.InitializerReader", "ValuesRead") - before);
        Assert.Equal(bound, read);
        var again = Spelled.IndexOf("\"SIP:AMY@contoso.com\"", StringComparison.Ordinal);
        var item = $"[{again}..{again + "\"SIP:AMY@contoso.com\"".Length})";
        Assert.Contains(read, line => line.Contains(" | TOPO006 | ", StringComparison.Ordinal) && line.Contains(item, StringComparison.Ordinal));
        Assert.Contains(read, line => line.StartsWith("Spelled.cs", StringComparison.Ordinal) && line.Contains(" | XMPP001 | ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Methods_outside_the_plain_shape_are_left_to_the_binder()
    {
        // Plain.Plan, Shapes.Plan, Shapes.Two, Lists.Plan, Lists.Extra, Lexical.Plan, HostUsers.Plan
        // and Teams.Plan are read; Shadowed.Plan, Mixed.Plan, Mixed.Twice, Lexical.Escaped,
        // Lexical.Region and Lexical.Unicode are bound.
        var before = MethodsReadWithoutBinding();
        await Listing(Files("shapes"), readUserListsWithoutBinding: true);
        Assert.Equal(8, MethodsReadWithoutBinding() - before);
    }

    [Fact]
    public async Task Initializers_of_the_plain_shapes_are_read_without_binding()
    {
        // Pools: Fe15, Fe19, Edge15, Missing; OtherPools.Fe19; Hosts: Suffix, Fe19Name and the
        // five Fe19 handles before Unknown; Lists.Sales; Teams: Sales, Ops, Hr, Board, Spread and
        // Grown. The last four of Hosts and Teams' Legal (a member access), WithNull and
        // Interpolated are bound; the constants Names.Fe19 and Hosts.Domain are the compiler's values.
        var before = Counter("Extraction.InitializerReader", "ValuesRead");
        await Listing(Files("shapes"), readUserListsWithoutBinding: true);
        Assert.Equal(19, Counter("Extraction.InitializerReader", "ValuesRead") - before);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_list_item_the_binder_gives_no_operation_for_is_not_known_at_its_own_span(bool readUserListsWithoutBinding)
    {
        // `null!` has no operation of its own: it was read as a value with no span, TOPO005 at the file's start.
        var listing = await Listing(Files("shapes"), readUserListsWithoutBinding);
        var nullItem = Teams.IndexOf("null!", StringComparison.Ordinal);
        Assert.DoesNotContain(listing, line => line.Contains(" | [0..0) | ", StringComparison.Ordinal));
        Assert.Contains($"Teams.cs | [{nullItem}..{nullItem + 5}) | {RuleIds.Topo005} | The list of SIP addresses is not a compile-time constant, so the rules that need it are checked only at run time by Validate() |  | ", listing);
    }

    [Fact]
    public async Task Teams_lists_in_each_shape_are_read_as_the_binder_reads_them()
    {
        var teams = (await Listing(Files("shapes"), readUserListsWithoutBinding: true)).Where(line => line.StartsWith("Teams.cs", StringComparison.Ordinal)).ToList();
        foreach (var user in new[] { "hal", "jon", "max", "sue" })
        {
            Assert.Contains(teams, line => line.Contains($" | {RuleIds.Xmpp001} | 2 users federate", StringComparison.Ordinal) && line.Contains($"'sip:{user}@contoso.com'", StringComparison.Ordinal)
                || line.Contains($" | {RuleIds.Xmpp001} | User 'sip:{user}@contoso.com'", StringComparison.Ordinal));
        }

        Assert.Contains(teams, line => line.Contains($" | {RuleIds.Xmpp001} | User 'sip:lou@contoso.com' federates with XMPP but is planned to move to 'fe19.contoso.com'", StringComparison.Ordinal));
        Assert.Contains(teams, line => line.Contains($" | {RuleIds.Xmpp001} | User 'sip:ora@contoso.com'", StringComparison.Ordinal));

        // The spread, the null and the list a static constructor adds to: not known, where each is written or named.
        var unknowns = teams.Where(line => line.Contains($" | {RuleIds.Topo005} | ", StringComparison.Ordinal)).Select(line => line.Split(" | ")[1]).Order(StringComparer.Ordinal);
        static string Span(int start, int length) => $"[{start}..{start + length})";
        var expected = new[]
        {
            Span(Teams.IndexOf(".. Sales", StringComparison.Ordinal), ".. Sales".Length),
            Span(Teams.IndexOf("null!", StringComparison.Ordinal), "null!".Length),
            Span(Teams.IndexOf("Users(Grown)", StringComparison.Ordinal) + "Users(".Length, "Grown".Length),
        };
        Assert.Equal(expected.Order(StringComparer.Ordinal), unknowns);
    }

    [Fact]
    public async Task A_handle_without_a_value_is_reported_at_each_line_that_names_it()
    {
        var listing = await Listing(Files("shapes"), readUserListsWithoutBinding: true);
        var unknowns = listing.Where(line => line.StartsWith("HostUsers.cs", StringComparison.Ordinal) && line.Contains(RuleIds.Topo005, StringComparison.Ordinal)).ToList();
        Assert.Equal(3, unknowns.Count);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Each_call_is_read_once_either_way(string corpus)
    {
        var bound = Counter("Extraction.TreeFactsExtractor", "CallsBound");
        await Listing(Files(corpus), readUserListsWithoutBinding: false);
        var allBound = Counter("Extraction.TreeFactsExtractor", "CallsBound") - bound;

        (bound, var read) = (Counter("Extraction.TreeFactsExtractor", "CallsBound"), Counter("Extraction.UserListReader", "CallsRead"));
        await Listing(Files(corpus), readUserListsWithoutBinding: true);
        (bound, read) = (Counter("Extraction.TreeFactsExtractor", "CallsBound") - bound, Counter("Extraction.UserListReader", "CallsRead") - read);

        Assert.True(read > 0);
        Assert.Equal(allBound, bound + read);
    }

    internal static IEnumerable<(string Path, string Source)> Files(string corpus) => corpus == "shapes"
        ? [("Topology.cs", Topology), ("Plain.cs", Plain), ("Shapes.cs", Shapes), ("Shadowed.cs", Shadowed), ("Mixed.cs", Mixed), ("Lists.cs", Lists), ("Lexical.cs", Lexical), ("Hosts.cs", Hosts), ("HostUsers.cs", HostUsers), ("Teams.cs", Teams)]
        : Generated(seed: 7, files: 12, usersPerFile: 40);

    // Users files as a large topology has them, every setting (at most once) in every order, seeded.
    private static IEnumerable<(string Path, string Source)> Generated(int seed, int files, int usersPerFile)
    {
        var random = new Random(seed);
        string[] pools = ["Pools.Fe15", "Pools.Fe19", "Pools.Edge15", "Pools.Missing", "\"fe13.contoso.com\"", "\"fe99.contoso.com\""];
        string[][] settings = [[".Xmpp()", ".Xmpp(false)", ".Xmpp(true)"], [".ExternalAccessPolicy(\"AllowXmpp\")", ".ExternalAccessPolicy(\"Nope\")"]];
        var topology = Topology
            .Replace(".Users(Plain.Plan)", string.Concat(Enumerable.Range(0, files).Select(i => $".Users(Generated{i}.Plan)")), StringComparison.Ordinal)
            .Replace(".Users(Shapes.Plan)", "", StringComparison.Ordinal)
            .Replace(".Users(u => Shadowed.Plan(u, new OtherPools()))", "", StringComparison.Ordinal)
            .Replace(".Users(u => Mixed.Plan(u, u))", "", StringComparison.Ordinal)
            .Replace(".Users(Lists.Plan)", "", StringComparison.Ordinal)
            .Replace(".Users(Lists.Extra)", "", StringComparison.Ordinal)
            .Replace(".Users(Lexical.Plan)", "", StringComparison.Ordinal)
            .Replace(".Users(Lexical.Escaped)", "", StringComparison.Ordinal)
            .Replace(".Users(Lexical.Region)", "", StringComparison.Ordinal)
            .Replace(".Users(Lexical.Unicode)", "", StringComparison.Ordinal)
            .Replace(".Users(HostUsers.Plan)", "", StringComparison.Ordinal);
        yield return ("Topology.cs", topology);
        for (var file = 0; file < files; file++)
        {
            var lines = Enumerable.Range(0, usersPerFile).Select(user =>
            {
                var chain = new List<string> { $".HomedOn({pools[random.Next(pools.Length)]})" };
                chain.AddRange(settings.Where(_ => random.Next(3) == 0).Select(choices => choices[random.Next(choices.Length)]));
                if (random.Next(5) == 0)
                {
                    chain.Add($".MoveTo({pools[random.Next(pools.Length)]})");
                }

                var ordered = chain.OrderBy(_ => random.Next());
                return $"        users.User(\"sip:u{file}x{user}@contoso.com\"){string.Concat(ordered)};";
            });
            yield return ($"Generated{file}.cs", $"using XmppTopology;\nstatic class Generated{file}\n{{\n    public static void Plan(UserPlan users)\n    {{\n{string.Join("\n", lines)}\n    }}\n}}\n");
        }
    }

    // A fresh compilation each time: nothing read earlier is reused.
    internal static async Task<List<string>> Listing(IEnumerable<(string Path, string Source)> files, bool readUserListsWithoutBinding)
    {
        var compilation = TopologyCompilation.Create(files);
        var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(
            typeof(TopologyAnalyzer), BindingFlags.Instance | BindingFlags.NonPublic, null, [readUserListsWithoutBinding], CultureInfo.InvariantCulture)!;
        var diagnostics = await compilation
            .WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (exception, _, _) => throw exception, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .Select(d => string.Join(" | ",
                d.Location.SourceTree!.FilePath, d.Location.SourceSpan, d.Id, d.GetMessage(CultureInfo.InvariantCulture),
                string.Join(",", d.AdditionalLocations.Select(l => $"{l.SourceTree?.FilePath}{l.SourceSpan}")),
                string.Join(",", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static long MethodsReadWithoutBinding() => Counter("Extraction.UserListReader", "MethodsRead");

    internal static long Counter(string type, string property) =>
        (long)typeof(TopologyAnalyzer).Assembly.GetType("XmppTopology.Analyzers." + type)!
            .GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
