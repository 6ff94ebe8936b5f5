using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace XmppTopology.Analyzers.CodeFixes.Tests;

/// <summary>
/// Applies one code action (by equivalence key) to topology sources with markup spans and
/// compares the result. The testing library also applies Fix All in document, project and
/// solution scope with the same key and expects the same result.
/// </summary>
internal static class VerifyFix
{
    public static Task Apply<TFix>(string equivalenceKey, string[] sources, string[] fixedSources, int iterations = 1, string[]? batchFixedSources = null)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TopologyAnalyzer, TFix, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            CodeActionEquivalenceKey = equivalenceKey,
            NumberOfIncrementalIterations = iterations,
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = -iterations, // at most: one pass per document
        };
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/Test{i}.cs", "using XmppTopology;\n" + sources[i]));
            test.FixedState.Sources.Add(($"/0/Test{i}.cs", "using XmppTopology;\n" + fixedSources[i]));
            if (batchFixedSources is not null)
            {
                test.BatchFixedState.Sources.Add(($"/0/Test{i}.cs", "using XmppTopology;\n" + batchFixedSources[i]));
            }
        }

        var dsl = MetadataReference.CreateFromFile(typeof(Topology).Assembly.Location);
        test.TestState.AdditionalReferences.Add(dsl);
        test.FixedState.AdditionalReferences.Add(dsl);
        if (batchFixedSources is not null)
        {
            test.BatchFixedState.AdditionalReferences.Add(dsl);
        }
        return test.RunAsync();
    }

    /// <summary>The diagnostics of the markup are there, and the fixer offers nothing for them.</summary>
    public static Task None<TFix>(string source)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TopologyAnalyzer, TFix, DefaultVerifier> { ReferenceAssemblies = ReferenceAssemblies.Net.Net80 };
        test.TestState.Sources.Add(("/0/Test0.cs", "using XmppTopology;\n" + source));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Topology).Assembly.Location));
        test.FixedState.InheritanceMode = StateInheritanceMode.AutoInheritAll;
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    public static Task Apply<TFix>(string equivalenceKey, string source, string fixedSource)
        where TFix : CodeFixProvider, new() =>
        Apply<TFix>(equivalenceKey, [source], [fixedSource]);
}
