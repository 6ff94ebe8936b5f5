using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests;

/// <summary>Runs the analyzer on topology sources with markup spans, against the DSL as a user references it.</summary>
internal static class Verify
{
    public const string Usings = "using XmppTopology;\n";

    /// <summary>Sources are files of one project; each gets the DSL's namespace imported.</summary>
    public static Task Analyzer(params string[] sources) => Run(sources, []);

    /// <summary>
    /// The source reports <paramref name="expected"/> (and what its markup marks): diagnostics at
    /// locations marked <c>{|#0:…|}</c>, each with its message's arguments.
    /// </summary>
    public static Task Analyzer(string source, DiagnosticResult expected, params DiagnosticResult[] more) => Run([source], [expected, .. more]);

    /// <summary>As <see cref="Analyzer(string, DiagnosticResult, DiagnosticResult[])"/>, for files of one project.</summary>
    public static Task Analyzer(string[] sources, DiagnosticResult expected, params DiagnosticResult[] more) => Run(sources, [expected, .. more]);

    /// <summary>A diagnostic of this rule, its severity the descriptor's; give it a location and the message's arguments.</summary>
    public static DiagnosticResult Diagnostic(string ruleId) => CSharpAnalyzerVerifier<TopologyAnalyzer, DefaultVerifier>.Diagnostic(ruleId);

    /// <summary>A diagnostic of this rule about several users of one call: its message the catalogue's message about users.</summary>
    public static DiagnosticResult UsersDiagnostic(string ruleId) =>
        Diagnostic(ruleId).WithMessageFormat(RuleCatalog.All.Single(rule => rule.Id == ruleId).UsersMessageFormat!);

    private static Task Run(string[] sources, DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TopologyAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(Usings + source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Topology).Assembly.Location));
        return test.RunAsync();
    }
}
