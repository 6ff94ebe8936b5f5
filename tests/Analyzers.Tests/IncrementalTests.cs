using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using XmppTopology.Analyzers.Tests.Infrastructure;

namespace XmppTopology.Analyzers.Tests;

[CollectionDefinition(nameof(IncrementalTests), DisableParallelization = true)]
public class IncrementalTestsRunAlone;

/// <summary>Facts are cached per syntax tree: an edit re-reads the edited document only.</summary>
[Collection(nameof(IncrementalTests))]
public class IncrementalTests
{
    [Fact]
    public async Task An_edit_in_one_document_re_reads_only_that_document()
    {
        var files = Enumerable.Range(0, 5).Select(i => ($"Users{i}.cs", $$"""
            using XmppTopology;
            static class Users{{i}}
            {
                public static void Plan(UserPlan users) => users.User("sip:user{{i}}@contoso.com").HomedOn("fe15.contoso.com");
            }
            """)).Append(("Topology.cs", """
            using XmppTopology;
            static class Contoso
            {
                public static Topology Build() => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", site => site.FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015))
                    .Users(Users0.Plan).Users(Users1.Plan).Users(Users2.Plan).Users(Users3.Plan).Users(Users4.Plan));
            }
            """));
        var compilation = TopologyCompilation.Create(files);
        var before = Extractions();
        await TopologyCompilation.AnalyzeAsync(compilation);
        Assert.Equal(6, Extractions() - before);

        var edited = compilation.SyntaxTrees.Single(t => t.FilePath == "Users3.cs");
        var newTree = edited.WithChangedText(edited.GetText().Replace(0, 0, "// edited\n"));
        var next = compilation.ReplaceSyntaxTree(edited, newTree);
        before = Extractions();
        await TopologyCompilation.WithAnalyzer(next).GetAnalyzerSemanticDiagnosticsAsync(next.GetSemanticModel(newTree), null, CancellationToken.None);

        Assert.Equal(1, Extractions() - before);
    }

    // Read through reflection: the analyzer's internals are not visible to the tests, whose
    // references would otherwise see two XmppTopology.Topology types.
    private static long Extractions() =>
        (long)typeof(TopologyAnalyzer).Assembly.GetType("XmppTopology.Analyzers.Extraction.TreeFactsCache")!
            .GetProperty("Extractions", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
