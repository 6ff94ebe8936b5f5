using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Tests.Infrastructure;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// The defects of issue 15, one by one: each as the diagnostics a cold analysis must give, and as
/// an edit after which the live analyzer (caches warm, as in an editor) must give what a cold one
/// gives. The topology is otherwise clean (a legacy pool and Edge with the XMPP proxy stay), so
/// the expected lists are complete. Where a value cannot be proven, the expected verdict is
/// TOPO005 at the value and no finding that needs it, while Validate() (asserted too) finds it.
/// </summary>
public class Issue15RegressionTests
{
    private const string Pools = """
        using XmppTopology;

        static class Pools
        {
            public static readonly PoolRef Fe15 = new("fe15.contoso.com");
            public static readonly PoolRef Fe19 = new("fe19.contoso.com");
            public static readonly PoolRef Edge15 = new("edge15.contoso.com");
        }
        """;

    private const string Topology = """
        using XmppTopology;

        public static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool(Pools.Fe15, ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool(Pools.Fe19, ProductVersion.SkypeForBusiness2019)
                    .EdgePool(Pools.Edge15, ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
                    .XmppFederationRoute(Pools.Edge15))
                .Users(Team.Plan));
        }
        """;

    private const string Alice = "sip:alice@contoso.com";

    private static (string Path, string Source) Users(string body, string usings = "") => ("Users.cs", $$"""
        {{usings}}using XmppTopology;

        static class Team
        {
            public static void Plan(UserPlan users)
            {
                {{body}}
            }
        }
        """);

    private static (string Path, string Source)[] Files(string users, string pools = Pools, string usings = "") =>
        [("Pools.cs", pools), ("Topology.cs", Topology), Users(users, usings)];

    // 1. Stale after an edit in another file.
    private const string ViaFe19 = $"users.User(\"{Alice}\").HomedOn(Pools.Fe15).Xmpp().MoveTo(Pools.Fe19);";

    [Fact]
    public async Task A_handle_declared_as_a_property_in_another_file_is_resolved()
    {
        var files = Files(ViaFe19, Pools.Replace("public static readonly PoolRef Fe19 = new(", "public static PoolRef Fe19 { get; } = new(", StringComparison.Ordinal));
        await AssertColdAsync(files, [$"XMPP001 {Alice}"], ("Users.cs", "XMPP001", "MoveTo(Pools.Fe19)"));
    }

    [Fact]
    public Task A_handle_turned_from_field_into_property_in_another_file_is_resolved_after_the_edit() => AssertLiveAfterEditAsync(
        Files(ViaFe19),
        Files(ViaFe19, Pools.Replace("public static readonly PoolRef Fe19 = new(", "public static PoolRef Fe19 { get; } = new(", StringComparison.Ordinal)),
        ("Users.cs", "XMPP001", "MoveTo(Pools.Fe19)"));

    [Fact]
    public Task A_handle_turned_from_property_into_field_in_another_file_is_resolved_after_the_edit() => AssertLiveAfterEditAsync(
        Files(ViaFe19, Pools.Replace("public static readonly PoolRef Fe19 = new(", "public static PoolRef Fe19 { get; } = new(", StringComparison.Ordinal)),
        Files(ViaFe19),
        ("Users.cs", "XMPP001", "MoveTo(Pools.Fe19)"));

    // 2a. A local assigned again after its declaration.
    private const string Declared = "PoolRef target = Pools.Fe15;";
    private const string Moved = $"users.User(\"{Alice}\").HomedOn(Pools.Fe15).Xmpp().MoveTo(target);";

    [Fact]
    public async Task A_local_reassigned_after_its_declaration_is_not_read_from_its_initializer()
    {
        // The runtime moves alice to the 2019 pool; the analyzer cannot prove it and must not say "fine".
        await AssertColdAsync(Files($"{Declared}\n        target = Pools.Fe19;\n        {Moved}"), [$"XMPP001 {Alice}"], ("Users.cs", "TOPO005", "target"));
    }

    [Fact]
    public async Task A_local_reassigned_to_a_legacy_pool_is_not_reported_from_its_initializer()
    {
        // The reverse order: the initializer names the 2019 pool, the runtime moves alice to 2015.
        await AssertColdAsync(Files($"PoolRef target = Pools.Fe19;\n        target = Pools.Fe15;\n        {Moved}"), [], ("Users.cs", "TOPO005", "target"));
    }

    [Fact]
    public async Task A_local_reassigned_after_its_use_is_not_read_from_its_initializer()
    {
        // Flow does not matter: a local written anywhere besides its declaration is unknown.
        await AssertColdAsync(Files($"PoolRef target = Pools.Fe19;\n        {Moved}\n        target = Pools.Fe15;"), [$"XMPP001 {Alice}"], ("Users.cs", "TOPO005", "target"));
    }

    [Fact]
    public Task A_local_reassigned_by_an_edit_is_not_read_from_its_initializer_after_the_edit() => AssertLiveAfterEditAsync(
        Files($"{Declared}\n        {Moved}"),
        Files($"{Declared}\n        target = Pools.Fe19;\n        {Moved}"),
        ("Users.cs", "TOPO005", "target"));

    // 2b. A static readonly field assigned again in a static constructor.
    private const string WithTarget = """
        using XmppTopology;

        static class Pools
        {
            public static readonly PoolRef Fe15 = new("fe15.contoso.com");
            public static readonly PoolRef Fe19 = new("fe19.contoso.com");
            public static readonly PoolRef Edge15 = new("edge15.contoso.com");
            public static readonly PoolRef Target = new("fe15.contoso.com");
        }
        """;

    private static readonly string WithTargetReassigned = WithTarget.Replace(
        "    public static readonly PoolRef Target = new(\"fe15.contoso.com\");\n",
        "    public static readonly PoolRef Target = new(\"fe15.contoso.com\");\n\n    static Pools()\n    {\n        Target = new(\"fe19.contoso.com\");\n    }\n",
        StringComparison.Ordinal);

    private const string ToTarget = $"users.User(\"{Alice}\").HomedOn(Pools.Fe15).Xmpp().MoveTo(Pools.Target);";

    [Fact]
    public async Task A_static_readonly_field_assigned_again_in_a_static_constructor_is_not_read_from_its_initializer()
    {
        Assert.Contains("static Pools()", WithTargetReassigned, StringComparison.Ordinal);
        await AssertColdAsync(Files(ToTarget, WithTargetReassigned), [$"XMPP001 {Alice}"], ("Users.cs", "TOPO005", "Pools.Target"));
    }

    [Fact]
    public Task A_static_constructor_added_by_an_edit_in_another_file_makes_the_field_unknown_after_the_edit() => AssertLiveAfterEditAsync(
        Files(ToTarget, WithTarget),
        Files(ToTarget, WithTargetReassigned),
        ("Users.cs", "TOPO005", "Pools.Target"));

    [Fact]
    public Task A_static_constructor_removed_by_an_edit_in_another_file_makes_the_field_known_again_after_the_edit() => AssertLiveAfterEditAsync(
        Files(ToTarget, WithTargetReassigned),
        Files(ToTarget, WithTarget));

    // 2c. A collection changed after it is made.
    private const string Team = "List<string> team = [];\n        team.Add(\"sip:bob@contoso.com\");\n        team.Add(\"sip:carol@contoso.com\");\n        users.Users(team).HomedOn(Pools.Fe19).Xmpp();";

    [Fact]
    public async Task A_list_filled_with_Add_is_unknown_not_read_as_no_users()
    {
        await AssertColdAsync(
            Files(Team, usings: "using System.Collections.Generic;\n"),
            ["XMPP001 sip:bob@contoso.com", "XMPP001 sip:carol@contoso.com"],
            ("Users.cs", "TOPO005", "team"),
            ("Users.cs", "XMPP001", "HomedOn(Pools.Fe19)")); // about each user the list holds, whoever they are
    }

    [Fact]
    public async Task An_array_whose_element_is_set_after_it_is_made_is_unknown()
    {
        // An indexer set changes the collection as much as Add does.
        await AssertColdAsync(
            Files("string[] team = [\"sip:bob@contoso.com\"];\n        team[0] = \"sip:carol@contoso.com\";\n        users.Users(team).HomedOn(Pools.Fe19).Xmpp();"),
            ["XMPP001 sip:carol@contoso.com"],
            ("Users.cs", "TOPO005", "team"),
            ("Users.cs", "XMPP001", "HomedOn(Pools.Fe19)"));
    }

    [Fact]
    public Task A_list_given_an_Add_by_an_edit_is_unknown_after_the_edit() => AssertLiveAfterEditAsync(
        Files("List<string> team = [\"sip:bob@contoso.com\"];\n        users.Users(team).HomedOn(Pools.Fe15).Xmpp();", usings: "using System.Collections.Generic;\n"),
        Files("List<string> team = [\"sip:bob@contoso.com\"];\n        team.Add(\"sip:carol@contoso.com\");\n        users.Users(team).HomedOn(Pools.Fe15).Xmpp();", usings: "using System.Collections.Generic;\n"),
        ("Users.cs", "TOPO005", "team"));

    // 2d. A conditional constant declared in another file.
    private const string Cutover = """
        static class Cutover
        {
            public const bool CutoverDone = true;
            public const string Target = CutoverDone ? "fe19.contoso.com" : "fe15.contoso.com";
        }
        """;

    private const string ToCutover = $"users.User(\"{Alice}\").HomedOn(Pools.Fe15).Xmpp().MoveTo(Cutover.Target);";

    [Fact]
    public async Task A_conditional_constant_declared_in_another_file_is_resolved_by_the_compiler()
    {
        await AssertColdAsync([.. Files(ToCutover), ("Cutover.cs", Cutover)], [$"XMPP001 {Alice}"], ("Users.cs", "XMPP001", "MoveTo(Cutover.Target)"));
    }

    [Fact]
    public async Task A_conditional_constant_declared_in_the_same_file_is_resolved_by_the_compiler()
    {
        var files = Files(ToCutover);
        files[2] = (files[2].Path, files[2].Source + "\n" + Cutover + "\n");
        await AssertColdAsync(files, [$"XMPP001 {Alice}"], ("Users.cs", "XMPP001", "MoveTo(Cutover.Target)"));
    }

    [Fact]
    public Task A_conditional_constant_moved_to_another_file_is_resolved_after_the_edit()
    {
        var sameFile = Files(ToCutover);
        sameFile[2] = (sameFile[2].Path, sameFile[2].Source + "\n" + Cutover + "\n");
        return AssertLiveAfterEditAsync(sameFile, [.. Files(ToCutover), ("Cutover.cs", Cutover)], ("Users.cs", "XMPP001", "MoveTo(Cutover.Target)"));
    }

    [Fact]
    public Task A_conditional_constant_whose_flag_is_flipped_in_another_file_is_resolved_after_the_edit() => AssertLiveAfterEditAsync(
        [.. Files(ToCutover), ("Cutover.cs", Cutover.Replace("CutoverDone = true", "CutoverDone = false", StringComparison.Ordinal))],
        [.. Files(ToCutover), ("Cutover.cs", Cutover)],
        ("Users.cs", "XMPP001", "MoveTo(Cutover.Target)"));

    /// <summary>A cold analysis gives exactly these diagnostics (file, rule, the text at the span), and Validate() exactly these findings.</summary>
    private static async Task AssertColdAsync(IReadOnlyList<(string Path, string Source)> files, string[] runtime, params (string File, string Id, string Text)[] expected)
    {
        var compilation = TopologyCompilation.Create(files);
        var (errors, findings) = RuntimeVerdict.Run(compilation, "Contoso");
        Assert.Empty(errors);
        Assert.Equal(runtime.Order(StringComparer.Ordinal), RuntimeVerdict.Lines(findings[0]!).Select(f => f[..f.IndexOf(": ", StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
        Assert.Equal(Lines(expected), Lines(await TopologyCompilation.AnalyzeAsync(compilation)));
    }

    /// <summary>After the edit from <paramref name="before"/> to <paramref name="after"/>, the live analyzer gives what a cold one gives, and that is <paramref name="expected"/>.</summary>
    private static async Task AssertLiveAfterEditAsync(IReadOnlyList<(string Path, string Source)> before, IReadOnlyList<(string Path, string Source)> after, params (string File, string Id, string Text)[] expected)
    {
        var live = new LiveAnalysis();
        await live.AnalyzeAsync(before, CancellationToken.None);
        var edited = await live.AnalyzeAsync(after, CancellationToken.None);
        Assert.Empty(edited.Exceptions);
        Assert.Equal(edited.ColdListing, edited.Live);
        Assert.Equal(Lines(expected), Lines(edited.LiveDiagnostics));
    }

    private static List<string> Lines(IEnumerable<(string File, string Id, string Text)> expected) =>
        [.. expected.Select(e => $"{e.File} {e.Id} '{e.Text}'").Order(StringComparer.Ordinal)];

    private static List<string> Lines(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Location.SourceTree!.FilePath} {d.Id} '{d.Location.SourceTree.GetText().ToString(d.Location.SourceSpan)}'").Order(StringComparer.Ordinal)];
}
