using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using XmppTopology.Analyzers.Tests.Infrastructure;
using XmppTopology.Testing;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests;

/// <summary>
/// The analyzer finds the DSL by the name of a reference before any type lookup: as a file (the
/// package, a built project) and as a project of the same solution (an editor's compilation
/// reference).
/// </summary>
public class DslReferenceTests
{
    private const string Draft = """
        using XmppTopology;
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe19.contoso.com").Xmpp()));
        }
        """;

    [Fact]
    public async Task The_DSL_as_a_file_reference_is_found()
    {
        var diagnostics = await TopologyCompilation.AnalyzeAsync(TopologyCompilation.Create([("Contoso.cs", Draft)]));

        Assert.Contains(diagnostics, d => d.Id == RuleIds.Xmpp001);
    }

    [Fact]
    public async Task The_DSL_as_a_project_of_the_same_solution_is_found()
    {
        var framework = TopologyCompilation.Create([], withDsl: false).References;
        var dslSources = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "Topology.Dsl"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path));
        var dslProject = CSharpCompilation.Create("XmppTopology.Dsl", dslSources, framework, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(dslProject.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var topology = CSharpCompilation.Create(
            "Topology",
            [CSharpSyntaxTree.ParseText(Draft, new CSharpParseOptions(LanguageVersion.Latest), "Contoso.cs")],
            framework.Append(dslProject.ToMetadataReference()),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await TopologyCompilation.AnalyzeAsync(topology);

        Assert.Contains(diagnostics, d => d.Id == RuleIds.Xmpp001);
    }
}
