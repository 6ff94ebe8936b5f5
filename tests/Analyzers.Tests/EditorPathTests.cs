using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using XmppTopology.Analyzers.Tests.Infrastructure;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests;

/// <summary>What an editor asks: the diagnostics of one open document, while the topology spans several.</summary>
public class EditorPathTests
{
    private const string PoolsFile = """
        using XmppTopology;
        static class Pools
        {
            public const string Domain = "contoso.com";
            public static readonly PoolRef Fe2015 = new("fe15." + Domain);
            public static readonly PoolRef Fe2019 = new($"fe19.{Domain}");
        }
        """;

    private const string SitesFile = """
        using XmppTopology;
        public static class Contoso
        {
            public static Topology Build() => Topology.Define(Pools.Domain, t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool(Pools.Fe2015, ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool(Pools.Fe2019, ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
                .Users(UsersFile.Plan));
        }
        """;

    private const string UsersFile = """
        using XmppTopology;
        static class UsersFile
        {
            public static void Plan(UserPlan users)
            {
                users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2019).Xmpp();
            }
        }
        """;

    [Fact]
    public async Task One_documents_diagnostics_come_with_the_pool_declared_in_another_document()
    {
        var compilation = TopologyCompilation.Create([("Pools.cs", PoolsFile), ("Sites.cs", SitesFile), ("Users.cs", UsersFile)]);
        var users = compilation.SyntaxTrees.Single(t => t.FilePath == "Users.cs");

        var diagnostics = await TopologyCompilation.WithAnalyzer(compilation)
            .GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(users), filterSpan: null, CancellationToken.None);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(RuleIds.Xmpp001, diagnostic.Id);
        Assert.Equal("HomedOn(Pools.Fe2019)", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.Contains("fe19.contoso.com", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task After_an_edit_in_one_document_the_verdict_follows_the_edit()
    {
        var compilation = TopologyCompilation.Create([("Pools.cs", PoolsFile), ("Sites.cs", SitesFile), ("Users.cs", UsersFile)]);
        var users = compilation.SyntaxTrees.Single(t => t.FilePath == "Users.cs");
        await TopologyCompilation.AnalyzeAsync(compilation);

        // The edit an engineer makes: keep Alice on the legacy pool. The other trees are reused.
        var edited = users.WithChangedText(users.GetText().Replace(users.GetText().ToString().IndexOf("Fe2019", System.StringComparison.Ordinal), 6, "Fe2015"));
        var next = compilation.ReplaceSyntaxTree(users, edited);
        var diagnostics = await TopologyCompilation.WithAnalyzer(next)
            .GetAnalyzerSemanticDiagnosticsAsync(next.GetSemanticModel(edited), filterSpan: null, CancellationToken.None);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task A_compilation_without_the_dsl_gets_nothing_from_the_analyzer()
    {
        var compilation = TopologyCompilation.Create([("Plain.cs", "static class Plain { static int Twice(int x) => x * 2; }")], withDsl: false);

        var diagnostics = await TopologyCompilation.AnalyzeAsync(compilation);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Diagnostics_are_the_same_whatever_the_order_of_the_files()
    {
        var files = new[] { ("Users.cs", UsersFile), ("Pools.cs", PoolsFile), ("Sites.cs", SitesFile) };
        var forward = await TopologyCompilation.AnalyzeAsync(TopologyCompilation.Create(files));
        var backward = await TopologyCompilation.AnalyzeAsync(TopologyCompilation.Create(files.Reverse()));

        Assert.Equal(forward.Select(d => d.ToString()), backward.Select(d => d.ToString()));
        Assert.NotEmpty(forward);
    }
}
