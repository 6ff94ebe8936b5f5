using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Tests.Infrastructure;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests;

[CollectionDefinition(nameof(IncrementalTests), DisableParallelization = true)]
public class IncrementalTestsRunAlone;

/// <summary>
/// Facts are cached per syntax tree, the infrastructure while its trees are unchanged, and each
/// users file's checked users while the infrastructure is the same: an edit in a users file
/// re-reads and re-checks that file only, and the verdict is the one a cold analysis gives.
/// </summary>
[Collection(nameof(IncrementalTests))]
public class IncrementalTests
{
    private const string Topology = """
        using XmppTopology;
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().MarkForRemoval()))
                .Users(Users0.Plan).Users(Users1.Plan).Users(Users2.Plan).Users(Users3.Plan).Users(Users4.Plan));
        }
        """;

    private static (string Path, string Source)[] Files() =>
        Enumerable.Range(0, 5).Select(i => ($"Users{i}.cs", $$"""
            using XmppTopology;
            static class Users{{i}}
            {
                public static void Plan(UserPlan users) => users.User("sip:user{{i}}@contoso.com").HomedOn("fe15.contoso.com");
            }
            """)).Append(("Topology.cs", Topology)).ToArray();

    [Fact]
    public async Task An_edit_in_one_document_re_reads_only_that_document()
    {
        var compilation = TopologyCompilation.Create(Files());
        var before = Counter("Extraction.TreeFactsCache", "Extractions");
        await TopologyCompilation.AnalyzeAsync(compilation);
        Assert.Equal(6, Counter("Extraction.TreeFactsCache", "Extractions") - before);

        var (next, newTree) = Edit(compilation, "Users3.cs", "// edited\n");
        before = Counter("Extraction.TreeFactsCache", "Extractions");
        await TopologyCompilation.WithAnalyzer(next).GetAnalyzerSemanticDiagnosticsAsync(next.GetSemanticModel(newTree), null, CancellationToken.None);

        Assert.Equal(1, Counter("Extraction.TreeFactsCache", "Extractions") - before);
    }

    [Fact]
    public async Task An_edit_in_a_users_file_re_checks_only_that_file_and_joins_nothing_again()
    {
        var compilation = TopologyCompilation.Create(Files());
        await TopologyCompilation.AnalyzeAsync(compilation);

        var (joins, checks) = await JoinsAndChecksOfAnEditInUsers3(compilation);

        Assert.Equal(0, joins);
        Assert.Equal(1, checks);
    }

    /// <summary>Users files in a namespace, as the importer writes them: each stays a users file, whose edit joins nothing.</summary>
    [Theory]
    [InlineData("namespace Contoso.Deployment;\n", "", "Contoso.Deployment")] // what xmpp-topology import writes
    [InlineData("namespace Contoso;\n", "", "Contoso")]
    [InlineData("namespace Contoso.Deployment\n{\n", "}\n", "Contoso.Deployment")]
    [InlineData("// Imported from users.csv by xmpp-topology import.\n\nnamespace A.B.C;\n\n/// <summary>Users.</summary>\n", "", "A.B.C")]
    public async Task An_edit_in_a_users_file_in_a_namespace_re_checks_only_that_file(string header, string footer, string @namespace)
    {
        var files = Files().Select(file => file.Path == "Topology.cs"
            ? (file.Path, $"using {@namespace};\n{file.Source.Replace("static class Contoso", "static class ContosoTopology", System.StringComparison.Ordinal)}")
            : (file.Path, file.Source.Replace("using XmppTopology;\n", "using XmppTopology;\n" + header, System.StringComparison.Ordinal) + "\n" + footer));
        var compilation = TopologyCompilation.Create(files.ToArray());
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        await TopologyCompilation.AnalyzeAsync(compilation);

        var (joins, checks) = await JoinsAndChecksOfAnEditInUsers3(compilation);

        Assert.Equal(0, joins);
        Assert.Equal(1, checks);
    }

    /// <summary>
    /// Users files as the samples teach them, each team's SIP addresses in a field of the file: the
    /// file stays a users file (its edit joins nothing) while no other file names its lists; one
    /// that another file names joins the infrastructure, and the verdict is the same either way.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_users_file_with_its_own_lists_stays_a_users_file_unless_another_file_names_them(bool namedElsewhere)
    {
        var files = Files().Select(file => file.Path == "Users3.cs"
            ? (file.Path, """
                using XmppTopology;
                static class Users3
                {
                    public static readonly string[] Sales = ["sip:ann@contoso.com", "sip:bob@contoso.com"];
                    private static readonly string[] Jabber = ["sip:cid@contoso.com"];
                    public static void Plan(UserPlan users)
                    {
                        users.Users(Sales).HomedOn("fe15.contoso.com").MoveTo("fe19.contoso.com");
                        users.Users(Jabber).HomedOn("fe15.contoso.com").MoveTo("fe19.contoso.com").Xmpp();
                    }
                }
                """)
            : file.Path == "Users4.cs" && namedElsewhere
                ? (file.Path, file.Source.Replace("""users.User("sip:user4@contoso.com")""", "users.Users(Users3.Sales)", System.StringComparison.Ordinal))
                : file).ToArray();
        var compilation = TopologyCompilation.Create(files);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var cold = await TopologyCompilation.AnalyzeAsync(compilation);
        Assert.Contains(cold, d => d.Id == RuleIds.Xmpp001 && d.Location.SourceTree!.FilePath == "Users3.cs" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("sip:cid@contoso.com", System.StringComparison.Ordinal));
        Assert.DoesNotContain(cold, d => d.Id == RuleIds.Topo005);

        var (next, newTree) = Edit(compilation, "Users3.cs", "// edited\n");
        var (builds, checks) = (Counter("Joining.Infrastructure", "Builds"), Counter("Joining.UserList", "Checks"));
        var live = await TopologyCompilation.AnalyzeAsync(next);

        Assert.Equal(namedElsewhere ? 1 : 0, Counter("Joining.Infrastructure", "Builds") - builds);
        Assert.Equal(namedElsewhere ? 4 : 1, Counter("Joining.UserList", "Checks") - checks);
        Assert.Equal(Listing(await TopologyCompilation.AnalyzeAsync(Reparsed(next))), Listing(live));
    }

    [Fact]
    public async Task An_edit_of_the_infrastructure_joins_it_again_and_re_checks_every_users_file()
    {
        var compilation = TopologyCompilation.Create(Files());
        await TopologyCompilation.AnalyzeAsync(compilation);

        var (next, _) = Edit(compilation, "Topology.cs", "// edited\n");
        var (builds, checks) = (Counter("Joining.Infrastructure", "Builds"), Counter("Joining.UserList", "Checks"));
        await TopologyCompilation.AnalyzeAsync(next);

        Assert.Equal(1, Counter("Joining.Infrastructure", "Builds") - builds);
        Assert.Equal(5, Counter("Joining.UserList", "Checks") - checks);
    }

    [Fact]
    public async Task XMPP_turned_on_in_a_users_file_reaches_the_rules_on_the_infrastructure()
    {
        // No user federates with XMPP: removing the Edge with the XMPP proxy is allowed.
        var compilation = TopologyCompilation.Create(Files());
        Assert.DoesNotContain(await TopologyCompilation.AnalyzeAsync(compilation), d => d.Id == RuleIds.Xmpp002);

        // One users file gives its user XMPP on a 2019 pool: XMPP001 there, XMPP002 on the Edge.
        var users = compilation.SyntaxTrees.Single(t => t.FilePath == "Users2.cs");
        var text = users.GetText();
        var edited = users.WithChangedText(text.Replace(text.ToString().IndexOf(".HomedOn(\"fe15", System.StringComparison.Ordinal), ".HomedOn(\"fe15.contoso.com\")".Length, ".HomedOn(\"fe19.contoso.com\").Xmpp()"));
        var next = compilation.ReplaceSyntaxTree(users, edited);
        var incremental = await TopologyCompilation.AnalyzeAsync(next);

        Assert.Contains(incremental, d => d.Id == RuleIds.Xmpp001 && d.Location.SourceTree == edited);
        Assert.Contains(incremental, d => d.Id == RuleIds.Xmpp002 && d.Location.SourceTree!.FilePath == "Topology.cs");
        Assert.Equal(Listing(await TopologyCompilation.AnalyzeAsync(Reparsed(next))), Listing(incremental));
    }

    [Fact]
    public async Task A_sequence_of_edits_gives_the_verdict_of_a_cold_analysis_each_time()
    {
        Compilation compilation = TopologyCompilation.Create(Files());
        await TopologyCompilation.AnalyzeAsync(compilation);
        (string File, string Plan)[] edits =
        [
            ("Users1.cs", "users.User(\"sip:user1@contoso.com\").HomedOn(\"fe19.contoso.com\").Xmpp()"),
            ("Users4.cs", "users.User(\"sip:user4@contoso.com\").HomedOn(\"fe99.contoso.com\")"),
            ("Users1.cs", "users.User(\"sip:user1@contoso.com\").HomedOn(\"fe15.contoso.com\").MoveTo(\"fe19.contoso.com\")"),
            ("Users4.cs", "users.Users([\"sip:a@contoso.com\", \"sip:b@contoso.com\"]).HomedOn(\"fe15.contoso.com\").Xmpp()"),
        ];

        var seen = new System.Collections.Generic.HashSet<string>();
        foreach (var (file, plan) in edits)
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == file);
            var source = $"using XmppTopology;\nstatic class {file[..^3]}\n{{\n    public static void Plan(UserPlan users) => {plan};\n}}\n";
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(source)));
            var incremental = Listing(await TopologyCompilation.AnalyzeAsync(compilation));
            Assert.Equal(Listing(await TopologyCompilation.AnalyzeAsync(Reparsed(compilation))), incremental);
            seen.Add(incremental);
        }

        // The edits changed the verdict each time: the comparison was not between empty lists.
        Assert.Equal(edits.Length, seen.Count);
    }

    [Fact]
    public async Task A_user_declared_again_by_an_edit_is_found_by_looking_up_the_edited_file_alone()
    {
        // The first analysis (a build's only one) merges every file's users and keeps no index.
        Compilation compilation = TopologyCompilation.Create(Files());
        var firstIndexes = Counter("Joining.DeclarationIndex", "Builds");
        await TopologyCompilation.AnalyzeAsync(compilation);
        Assert.Equal(0, Counter("Joining.DeclarationIndex", "Builds") - firstIndexes);

        // Users3 declares user1 again: the same; an edit elsewhere keeps it (the index has it);
        // then on another pool; then Users0, handed on first, declares user3, so Users3's own user
        // becomes the later declaration; then none.
        (string File, string Plan, string? ReportedIn)[] edits =
        [
            ("Users3.cs", "users.User(\"SIP:User1@contoso.com\").HomedOn(\"fe15.contoso.com\")", "Users3.cs"),
            ("Users4.cs", "users.User(\"sip:user4@contoso.com\").HomedOn(\"fe19.contoso.com\")", "Users3.cs"),
            ("Users3.cs", "users.User(\"SIP:User1@contoso.com\").HomedOn(\"fe19.contoso.com\")", "Users3.cs"),
            ("Users3.cs", "users.User(\"sip:user3@contoso.com\").HomedOn(\"fe15.contoso.com\")", null),
            ("Users0.cs", "users.User(\"sip:User3@contoso.com\").HomedOn(\"fe15.contoso.com\")", "Users3.cs"),
            ("Users0.cs", "users.User(\"sip:user0@contoso.com\").HomedOn(\"fe15.contoso.com\")", null),
        ];

        var messages = new System.Collections.Generic.HashSet<string>();
        foreach (var ((file, plan, reportedIn), edit) in edits.Select((e, i) => (e, i)))
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == file);
            var source = $"using XmppTopology;\nstatic class {file[..^3]}\n{{\n    public static void Plan(UserPlan users) => {plan};\n}}\n";
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(source)));
            var (builds, checks, indexes) = (Counter("Joining.Infrastructure", "Builds"), Counter("Joining.UserList", "Checks"), Counter("Joining.DeclarationIndex", "Builds"));
            var incremental = await TopologyCompilation.AnalyzeAsync(compilation);

            // The second analysis builds the index; after that, an edit is looked up in it.
            Assert.Equal((0L, 1L, edit == 0 ? 1L : 0L), (Counter("Joining.Infrastructure", "Builds") - builds, Counter("Joining.UserList", "Checks") - checks, Counter("Joining.DeclarationIndex", "Builds") - indexes));
            var duplicates = incremental.Where(d => d.Id == RuleIds.Topo006).ToList();
            Assert.Equal(reportedIn is null ? [] : [reportedIn], duplicates.Select(d => d.Location.SourceTree!.FilePath));
            Assert.Equal(Listing(await TopologyCompilation.AnalyzeAsync(Reparsed(compilation))), Listing(incremental));
            messages.UnionWith(duplicates.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(3, messages.Count); // the same, differing, and user3's: three verdicts seen
    }

    // An editor's edit in Users3.cs, its document analysed alone: how many infrastructures it joined and users files it checked.
    private static async Task<(long Joins, long Checks)> JoinsAndChecksOfAnEditInUsers3(Compilation compilation)
    {
        var (next, newTree) = Edit(compilation, "Users3.cs", "// edited\n");
        var (builds, checks) = (Counter("Joining.Infrastructure", "Builds"), Counter("Joining.UserList", "Checks"));
        await TopologyCompilation.WithAnalyzer(next).GetAnalyzerSemanticDiagnosticsAsync(next.GetSemanticModel(newTree), null, CancellationToken.None);
        return (Counter("Joining.Infrastructure", "Builds") - builds, Counter("Joining.UserList", "Checks") - checks);
    }

    private static (Compilation Next, SyntaxTree NewTree) Edit(Compilation compilation, string path, string prefix)
    {
        var edited = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var newTree = edited.WithChangedText(edited.GetText().Replace(0, 0, prefix));
        return (compilation.ReplaceSyntaxTree(edited, newTree), newTree);
    }

    // New tree objects: nothing cached applies, the analysis is cold.
    private static Microsoft.CodeAnalysis.CSharp.CSharpCompilation Reparsed(Compilation compilation) =>
        TopologyCompilation.Create(compilation.SyntaxTrees.Select(t => (t.FilePath, t.GetText().ToString())));

    private static string Listing(ImmutableArray<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics
            .Select(d => $"{d.Location.SourceTree!.FilePath}({d.Location.SourceSpan}) {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} [{string.Join(",", d.AdditionalLocations.Select(l => l.SourceSpan))}]")
            .Order(System.StringComparer.Ordinal));

    // Read through reflection: the analyzer's internals are not visible to the tests, whose
    // references would otherwise see two XmppTopology.Topology types.
    private static long Counter(string type, string property) =>
        (long)typeof(TopologyAnalyzer).Assembly.GetType("XmppTopology.Analyzers." + type)!
            .GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
