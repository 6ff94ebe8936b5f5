using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace XmppTopology.Analyzers.Tests;

/// <summary>Runs the analyzer on topology sources with markup spans, against the DSL as a user references it.</summary>
internal static class Verify
{
    public const string Usings = "using XmppTopology;\n";

    /// <summary>Sources are files of one project; each gets the DSL's namespace imported.</summary>
    public static Task Analyzer(params string[] sources)
    {
        var test = new CSharpAnalyzerTest<TopologyAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(Usings + source);
        }

        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Topology).Assembly.Location));
        return test.RunAsync();
    }
}
