using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Tests.Infrastructure;

namespace XmppTopology.Analyzers.Tests;

/// <summary>
/// The verdict is the truth: after an edit in another file it is the one a cold analysis gives,
/// and a value the analyzer cannot prove is reported (TOPO005), never guessed. One test per defect
/// found outside the tests (issue 15), each against the runtime's Validate() where it decides.
/// </summary>
[Collection(nameof(IncrementalTests))]
public class VerdictTruthTests
{
    private const string Topology = """
        using XmppTopology;
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool(Pools.Fe15, ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool(Pools.Fe19, ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
                .Users(Team.Plan));
        }
        """;

    private const string PoolsAsFields = """
        using XmppTopology;
        static class Pools
        {
            public static readonly PoolRef Fe15 = new("fe15.contoso.com");
            public static readonly PoolRef Fe19 = new("fe19.contoso.com");
        }
        """;

    private const string XmppUserOn2019 = """
        using XmppTopology;
        static class Team
        {
            public static void Plan(UserPlan users) => users.User("sip:ann@contoso.com").HomedOn(Pools.Fe19).Xmpp();
        }
        """;

    [Fact]
    public async Task A_handle_turned_from_a_field_into_a_property_in_another_file_is_read_again()
    {
        Compilation compilation = TopologyCompilation.Create([("Pools.cs", PoolsAsFields), ("Team.cs", XmppUserOn2019), ("Topology.cs", Topology)]);
        Assert.Contains(await TopologyCompilation.AnalyzeAsync(compilation), d => d.Id == "XMPP001");

        compilation = Replace(compilation, "Pools.cs", PoolsAsFields.Replace("public static readonly PoolRef Fe19 = new(\"fe19.contoso.com\");", "public static PoolRef Fe19 { get; } = new(\"fe19.contoso.com\");", System.StringComparison.Ordinal));
        var warm = await TopologyCompilation.AnalyzeAsync(compilation);

        Assert.Equal(Listing(await TopologyCompilation.AnalyzeAsync(Reparsed(compilation))), Listing(warm));
        var xmpp001 = Assert.Single(warm, d => d.Id == "XMPP001");
        Assert.Equal("Team.cs", xmpp001.Location.SourceTree!.FilePath);
        Assert.DoesNotContain(warm, d => d.Id == "TOPO005");
    }

    [Fact]
    public async Task A_handle_turned_back_from_a_property_into_a_field_is_read_again()
    {
        var asProperty = PoolsAsFields.Replace("public static readonly PoolRef Fe19 = new(\"fe19.contoso.com\");", "public static PoolRef Fe19 { get; } = new(\"fe19.contoso.com\");", System.StringComparison.Ordinal);
        Compilation compilation = TopologyCompilation.Create([("Pools.cs", asProperty), ("Team.cs", XmppUserOn2019), ("Topology.cs", Topology)]);
        await TopologyCompilation.AnalyzeAsync(compilation);

        compilation = Replace(compilation, "Pools.cs", PoolsAsFields);
        var warm = await TopologyCompilation.AnalyzeAsync(compilation);

        Assert.Equal(Listing(await TopologyCompilation.AnalyzeAsync(Reparsed(compilation))), Listing(warm));
        Assert.Single(warm, d => d.Id == "XMPP001");
    }

    [Fact]
    public async Task A_handle_moved_to_another_file_is_followed_there()
    {
        Compilation compilation = TopologyCompilation.Create([("Pools.cs", PoolsAsFields), ("Team.cs", XmppUserOn2019), ("Topology.cs", Topology)]);
        await TopologyCompilation.AnalyzeAsync(compilation);

        compilation = Replace(compilation, "Pools.cs", """
            using XmppTopology;
            static partial class Pools
            {
                public static readonly PoolRef Fe15 = new("fe15.contoso.com");
            }
            """);
        compilation = compilation.AddSyntaxTrees(Parse("More.cs", """
            using XmppTopology;
            static partial class Pools
            {
                public static PoolRef Fe19 => new("fe19.contoso.com");
            }
            """));
        var warm = await TopologyCompilation.AnalyzeAsync(compilation);

        Assert.Equal(Listing(await TopologyCompilation.AnalyzeAsync(Reparsed(compilation))), Listing(warm));
        Assert.Single(warm, d => d.Id == "XMPP001");
    }

    [Theory]
    [InlineData("Pools.Fe15", "Pools.Fe19")]
    [InlineData("Pools.Fe19", "Pools.Fe15")]
    public async Task A_local_assigned_again_after_its_declaration_is_not_read_from_its_initializer(string initial, string assigned)
    {
        var sources = Sources(users: $$"""
            using XmppTopology;
            static class Team
            {
                public static void Plan(UserPlan users)
                {
                    var target = {{initial}};
                    target = {{assigned}};
                    users.User("sip:ann@contoso.com").HomedOn(Pools.Fe15).Xmpp().MoveTo(target);
                }
            }
            """);

        var diagnostics = await TopologyCompilation.AnalyzeAsync(TopologyCompilation.Create(sources));

        Assert.DoesNotContain(diagnostics, d => d.Id == "XMPP001");
        var unknown = Assert.Single(diagnostics, d => d.Id == "TOPO005");
        Assert.Equal("target", SourceAt(unknown));
        Assert.Equal(assigned == "Pools.Fe19" ? 1 : 0, Validate(sources).Count(f => f.RuleId == "XMPP001"));
    }

    [Theory]
    [InlineData("target += \"\";")]
    [InlineData("Reassign(ref target);")]
    [InlineData("(target, _) = (\"fe19.contoso.com\", 0);")]
    [InlineData("System.Action later = () => target = \"fe19.contoso.com\";")]
    public async Task A_local_written_in_any_other_way_is_not_known(string write)
    {
        var sources = Sources(users: $$"""
            using XmppTopology;
            static class Team
            {
                public static void Plan(UserPlan users)
                {
                    var target = "fe15.contoso.com";
                    {{write}}
                    users.User("sip:ann@contoso.com").HomedOn(target).Xmpp();
                }

                static void Reassign(ref string value) => value = "fe19.contoso.com";
            }
            """);

        var diagnostics = await TopologyCompilation.AnalyzeAsync(TopologyCompilation.Create(sources));

        Assert.Equal("target", SourceAt(Assert.Single(diagnostics, d => d.Id == "TOPO005")));
    }

    [Fact]
    public async Task A_local_read_only_after_its_declaration_is_still_known()
    {
        var sources = Sources(users: """
            using XmppTopology;
            static class Team
            {
                public static void Plan(UserPlan users)
                {
                    var target = Pools.Fe19;
                    users.User("sip:ann@contoso.com").HomedOn(Pools.Fe15).Xmpp().MoveTo(target);
                }
            }
            """);

        var diagnostics = await TopologyCompilation.AnalyzeAsync(TopologyCompilation.Create(sources));

        Assert.Equal("MoveTo(target)", SourceAt(Assert.Single(diagnostics, d => d.Id == "XMPP001")));
        Assert.DoesNotContain(diagnostics, d => d.Id == "TOPO005");
    }

    [Fact]
    public async Task A_static_readonly_field_assigned_again_in_a_static_constructor_is_not_known()
    {
        var sources = Sources(pools: """
            using XmppTopology;
            static partial class Pools
            {
                public static readonly PoolRef Fe15 = new("fe15.contoso.com");
                public static readonly PoolRef Fe19 = new("fe19.contoso.com");
                public static readonly PoolRef Target = Fe15;
            }
            """, users: """
            using XmppTopology;
            static class Team
            {
                public static void Plan(UserPlan users) => users.User("sip:ann@contoso.com").HomedOn(Pools.Target).Xmpp();
            }
            """, extra: ("Cutover.cs", """
            static partial class Pools
            {
                static Pools() => Target = Fe19;
            }
            """));

        var diagnostics = await TopologyCompilation.AnalyzeAsync(TopologyCompilation.Create(sources));

        Assert.DoesNotContain(diagnostics, d => d.Id == "XMPP001");
        Assert.Equal("Pools.Target", SourceAt(Assert.Single(diagnostics, d => d.Id == "TOPO005")));
        Assert.Single(Validate(sources), f => f.RuleId == "XMPP001");
    }

    [Fact]
    public async Task A_static_constructor_added_in_another_file_makes_the_field_unknown_in_a_warm_analysis()
    {
        var pools = """
            using XmppTopology;
            static partial class Pools
            {
                public static readonly PoolRef Fe15 = new("fe15.contoso.com");
                public static readonly PoolRef Fe19 = new("fe19.contoso.com");
                public static readonly PoolRef Target = Fe15;
            }
            """;
        var users = """
            using XmppTopology;
            static class Team
            {
                public static void Plan(UserPlan users) => users.User("sip:ann@contoso.com").HomedOn(Pools.Target).Xmpp();
            }
            """;
        Compilation compilation = TopologyCompilation.Create(Sources(pools: pools, users: users, extra: ("Cutover.cs", "static partial class Pools { }")));
        Assert.DoesNotContain(await TopologyCompilation.AnalyzeAsync(compilation), d => d.Id == "TOPO005");

        compilation = Replace(compilation, "Cutover.cs", "static partial class Pools { static Pools() { Target = Fe19; } }");
        var warm = await TopologyCompilation.AnalyzeAsync(compilation);

        Assert.Equal(Listing(await TopologyCompilation.AnalyzeAsync(Reparsed(compilation))), Listing(warm));
        Assert.Single(warm, d => d.Id == "TOPO005");
    }

    [Fact]
    public async Task A_list_changed_after_it_is_made_is_not_read_as_no_users()
    {
        var sources = Sources(users: """
            using System.Collections.Generic;
            using XmppTopology;
            static class Team
            {
                public static void Plan(UserPlan users)
                {
                    List<string> team = [];
                    team.Add("sip:ann@contoso.com");
                    team.Add("sip:bob@contoso.com");
                    users.Users(team).HomedOn(Pools.Fe19).Xmpp();
                }
            }
            """);

        var diagnostics = await TopologyCompilation.AnalyzeAsync(TopologyCompilation.Create(sources));

        Assert.Equal("team", SourceAt(Assert.Single(diagnostics, d => d.Id == "TOPO005")));
        Assert.Equal(2, Validate(sources).Count(f => f.RuleId == "XMPP001"));
    }

    [Fact]
    public async Task A_value_unknown_two_files_away_is_reported_where_it_is_read()
    {
        // Pools.Fe19 is a property built from a field its static constructor writes: the value is
        // not known, and TOPO005 belongs at the read in the users file (whose text is longer than
        // Pools.cs: a span paired with the wrong file is outside it, and Roslyn refuses it).
        var sources = Sources(
            pools: """
                using XmppTopology;
                static class Pools
                {
                    public static readonly PoolRef Fe15 = new("fe15.contoso.com");
                    public static readonly string Fe19Name = "fe19.contoso.com";
                    public static PoolRef Fe19 => new(Fe19Name);
                    static Pools() => Fe19Name = "fe16.contoso.com";
                }
                """,
            users: $$"""
                using XmppTopology;
                // {{new string('-', 400)}}
                static class Team
                {
                    public static void Plan(UserPlan users) => users.User("sip:ann@contoso.com").HomedOn(Pools.Fe19).Xmpp();
                }
                """);

        var diagnostics = await TopologyCompilation.AnalyzeAsync(TopologyCompilation.Create(sources));

        Assert.Equal("Team.cs 'Pools.Fe19'; Topology.cs 'Pools.Fe19'", string.Join("; ", diagnostics.Where(d => d.Id == "TOPO005").Select(d => $"{d.Location.SourceTree!.FilePath} '{SourceAt(d)}'").Order(System.StringComparer.Ordinal)));
        Assert.DoesNotContain(diagnostics, d => d.Id == "XMPP001");
        Assert.Equal("XMPP001", Assert.Single(Validate(sources)).RuleId); // what TOPO005 leaves to run time
    }

    [Theory]
    [InlineData("string[] team = [\"sip:ann@contoso.com\", \"sip:bob@contoso.com\"];")]
    [InlineData("var team = new[] { \"sip:ann@contoso.com\", \"sip:bob@contoso.com\" };")]
    [InlineData("string[] team = { \"sip:ann@contoso.com\", \"sip:bob@contoso.com\" };")]
    public async Task A_local_array_only_read_is_known(string declaration)
    {
        var sources = Sources(users: $$"""
            using System;
            using XmppTopology;
            static class Team
            {
                public static void Plan(UserPlan users)
                {
                    {{declaration}}
                    users.Users(team).HomedOn(Pools.Fe19).Xmpp(false);
                }
            }
            """);

        var diagnostics = await TopologyCompilation.AnalyzeAsync(TopologyCompilation.Create(sources));

        Assert.DoesNotContain(diagnostics, d => d.Id == "TOPO005");
        Assert.Empty(Validate(sources));
    }

    [Theory]
    [InlineData("Sales[0] = \"sip:zed@contoso.com\";")]
    [InlineData("System.Array.Clear(Sales);")]
    [InlineData("var alias = Sales; alias[1] = \"sip:zed@contoso.com\";")]
    public async Task An_array_field_changed_in_another_file_is_not_known(string change)
    {
        var sources = Sources(users: """
            using XmppTopology;
            static partial class Team
            {
                public static readonly string[] Sales = ["sip:ann@contoso.com", "sip:bob@contoso.com"];
                public static void Plan(UserPlan users) => users.Users(Sales).HomedOn(Pools.Fe15).Xmpp();
            }
            """, extra: ("Change.cs", $$"""
            static partial class Team
            {
                public static void Change() { {{change}} }
            }
            """));

        var diagnostics = await TopologyCompilation.AnalyzeAsync(TopologyCompilation.Create(sources));

        Assert.Equal("Sales", SourceAt(Assert.Single(diagnostics, d => d.Id == "TOPO005")));
    }

    [Fact]
    public async Task An_array_field_only_read_is_known()
    {
        var sources = Sources(users: """
            using XmppTopology;
            static class Team
            {
                public static readonly string[] Sales = ["sip:ann@contoso.com", "sip:bob@contoso.com"];
                public static void Plan(UserPlan users)
                {
                    if (Sales.Length > 0)
                    {
                        users.Users(Sales).HomedOn(Pools.Fe19).Xmpp();
                    }
                }
            }
            """);

        var diagnostics = await TopologyCompilation.AnalyzeAsync(TopologyCompilation.Create(sources));

        Assert.DoesNotContain(diagnostics, d => d.Id == "TOPO005");
        Assert.Equal("2", Assert.Single(diagnostics, d => d.Id == "XMPP001").Properties["Users"]);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task A_conditional_constant_declared_in_another_file_comes_from_the_compiler(bool cutoverDone, int expectedXmpp001)
    {
        var sources = Sources(users: """
            using XmppTopology;
            static class Team
            {
                public static void Plan(UserPlan users) => users.User("sip:ann@contoso.com").HomedOn(Plan2.Target).Xmpp();
            }
            """, extra: ("Plan2.cs", $$"""
            static class Plan2
            {
                public const bool CutoverDone = {{(cutoverDone ? "true" : "false")}};
                public const string Target = CutoverDone ? "fe19.contoso.com" : "fe15.contoso.com";
            }
            """));

        var diagnostics = await TopologyCompilation.AnalyzeAsync(TopologyCompilation.Create(sources));

        Assert.DoesNotContain(diagnostics, d => d.Id == "TOPO005");
        Assert.Equal(expectedXmpp001, diagnostics.Count(d => d.Id == "XMPP001"));
        Assert.Equal(expectedXmpp001, Validate(sources).Count(f => f.RuleId == "XMPP001"));
    }

    [Fact]
    public async Task A_constant_changed_in_another_file_is_read_again_in_a_warm_analysis()
    {
        var constants = "static class Plan2 { public const bool CutoverDone = false; public const string Target = CutoverDone ? \"fe19.contoso.com\" : \"fe15.contoso.com\"; }";
        var users = """
            using XmppTopology;
            static class Team
            {
                public static void Plan(UserPlan users) => users.User("sip:ann@contoso.com").HomedOn(Plan2.Target).Xmpp();
            }
            """;
        Compilation compilation = TopologyCompilation.Create(Sources(users: users, extra: ("Plan2.cs", constants)));
        Assert.DoesNotContain(await TopologyCompilation.AnalyzeAsync(compilation), d => d.Id == "XMPP001");

        compilation = Replace(compilation, "Plan2.cs", constants.Replace("CutoverDone = false", "CutoverDone = true", System.StringComparison.Ordinal));
        var warm = await TopologyCompilation.AnalyzeAsync(compilation);

        Assert.Equal(Listing(await TopologyCompilation.AnalyzeAsync(Reparsed(compilation))), Listing(warm));
        Assert.Single(warm, d => d.Id == "XMPP001");
    }

    private static (string Path, string Source)[] Sources(string pools = PoolsAsFields, string users = XmppUserOn2019, (string Path, string Source)? extra = null)
    {
        var sources = new List<(string, string)> { ("Pools.cs", pools), ("Team.cs", users), ("Topology.cs", Topology) };
        if (extra is { } file)
        {
            sources.Add(file);
        }

        return [.. sources];
    }

    private static IReadOnlyList<Finding> Validate((string Path, string Source)[] sources) =>
        TopologyCompilation.Validate(TopologyCompilation.Create(sources), "Contoso");

    private static SyntaxTree Parse(string path, string source) =>
        Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest), path);

    private static Compilation Replace(Compilation compilation, string path, string source)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(source)));
    }

    private static string SourceAt(Diagnostic diagnostic) => diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    // New tree objects: nothing cached applies, the analysis is cold.
    private static Microsoft.CodeAnalysis.CSharp.CSharpCompilation Reparsed(Compilation compilation) =>
        TopologyCompilation.Create(compilation.SyntaxTrees.Select(t => (t.FilePath, t.GetText().ToString())));

    private static string Listing(ImmutableArray<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics
            .Select(d => $"{d.Location.SourceTree!.FilePath}({d.Location.SourceSpan}) {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}")
            .Order(System.StringComparer.Ordinal));
}
