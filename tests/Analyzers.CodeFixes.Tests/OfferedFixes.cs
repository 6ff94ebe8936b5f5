using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace XmppTopology.Analyzers.CodeFixes.Tests;

/// <summary>Topology sources compiled in a workspace with the analyzer's diagnostics, to ask fixers what they offer as an editor or dotnet format would.</summary>
internal static class OfferedFixes
{
    /// <summary>The project of the sources (each with <c>using XmppTopology;</c>) and the analyzer's diagnostics, in their order.</summary>
    public static async Task<(Project Project, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(params string[] sources)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Topology", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(references.Add(MetadataReference.CreateFromFile(typeof(Topology).Assembly.Location)));
        for (var i = 0; i < sources.Length; i++)
        {
            project = project.AddDocument($"Test{i}.cs", "using XmppTopology;\n" + sources[i], filePath: $"/0/Test{i}.cs").Project;
        }

        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers([new TopologyAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        return (project, diagnostics);
    }

    /// <summary>The titles and equivalence keys of the fixes offered for the only diagnostic of the sources.</summary>
    public static async Task<IReadOnlyList<(string Title, string? Key)>> ForAsync<TFix>(params string[] sources)
        where TFix : CodeFixProvider, new()
    {
        var (project, diagnostics) = await AnalyzeAsync(sources);
        var diagnostic = Assert.Single(diagnostics);
        return [.. (await ActionsAsync(new TFix(), project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic)).Select(a => (a.Title, a.EquivalenceKey))];
    }

    /// <summary>What a fixer registers for one diagnostic, in order.</summary>
    public static async Task<IReadOnlyList<CodeAction>> ActionsAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions;
    }
}
