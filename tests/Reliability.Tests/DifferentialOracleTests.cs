using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// The analyzer against an independent oracle: for random topologies, its findings (rule,
/// element; for TOPO006 also the message, which names the first declaration, and the fix target)
/// equal those of Validate() on the model built by compiling and running the same source.
/// A mismatch prints the seed, both verdicts, and the source reduced line by line to a minimum
/// that still compiles and still disagrees.
/// </summary>
public class DifferentialOracleTests(ITestOutputHelper output)
{
    private static readonly int Topologies = Environment.GetEnvironmentVariable("XMPPTOPOLOGY_LONG") == "1" ? 10_000 : 300;

    [Fact]
    public async Task The_analyzer_and_Validate_agree_on_random_topologies()
    {
        var rulesSeen = new HashSet<string>(StringComparer.Ordinal);
        var (findings, duplicates) = (0, 0);
        for (var seed = 1; seed <= Topologies; seed++)
        {
            var files = RandomTopology.Write(seed);
            var (runtime, analyzer) = await VerdictsAsync(files);
            Assert.True(runtime is not null, $"seed {seed}: the generated topology does not compile\n{SourceMinimizer.Listing(files)}");

            if (!runtime.SequenceEqual(analyzer))
            {
                var minimal = await MinimizeAsync(files);
                var (minimalRuntime, minimalAnalyzer) = await VerdictsAsync(minimal);
                Assert.Fail($"seed {seed}: Validate() [{string.Join("; ", runtime)}] but the analyzer [{string.Join("; ", analyzer)}]\n"
                    + $"--- minimal source: Validate() [{string.Join("; ", minimalRuntime!)}], the analyzer [{string.Join("; ", minimalAnalyzer)}] ---\n{SourceMinimizer.Listing(minimal)}");
            }

            rulesSeen.UnionWith(runtime.Select(r => r.Split(' ')[0]));
            findings += runtime.Count;
            duplicates += runtime.Count(r => r.StartsWith("TOPO006 ", StringComparison.Ordinal));
        }

        output.WriteLine($"oracle: {Topologies} topologies, {findings} findings agreed ({duplicates} of them TOPO006, message and fix target too); rules reached: {string.Join(", ", rulesSeen.Order(StringComparer.Ordinal))}");

        // The generator must reach the rules, or agreeing proves little.
        Assert.True(rulesSeen.Count >= 10, "rules reached: " + string.Join(", ", rulesSeen.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task The_minimizer_keeps_what_the_failure_needs_and_drops_the_rest()
    {
        var files = RandomTopology.Write(2);
        var (_, found) = await VerdictsAsync(files);
        var finding = found.First(f => f.StartsWith("XMPP001 sip:", StringComparison.Ordinal));
        var user = finding["XMPP001 ".Length..];

        // A stand-in failure: "the analyzer reports this XMPP001", which needs that user's line,
        // the pool it is homed on and the topology around it, and nothing of the other users.
        async Task<bool> Fails(IReadOnlyList<(string Path, string Source)> candidate)
        {
            var (runtime, analyzer) = await VerdictsAsync(candidate);
            return runtime is not null && analyzer.Contains(finding);
        }

        var minimal = await SourceMinimizer.MinimizeAsync(files, Fails);

        Assert.True(await Fails(minimal));
        Assert.True(minimal.Sum(f => f.Source.Length) < files.Sum(f => f.Source.Length) * 3 / 4, SourceMinimizer.Listing(minimal));
        Assert.Single(SourceMinimizer.Listing(minimal).Split('\n'), line => line.Contains("users.User(", StringComparison.Ordinal));
        Assert.Contains(user, SourceMinimizer.Listing(minimal));
    }

    private static Task<IReadOnlyList<(string Path, string Source)>> MinimizeAsync(IReadOnlyList<(string Path, string Source)> files) =>
        SourceMinimizer.MinimizeAsync(files, async candidate =>
        {
            var (runtime, analyzer) = await VerdictsAsync(candidate);
            return runtime is not null && !runtime.SequenceEqual(analyzer);
        });

    /// <summary>Validate()'s findings and the analyzer's, as sorted "rule element" lines; runtime null when the code does not compile or Build() throws.</summary>
    private static async Task<(List<string>? Runtime, List<string> Analyzer)> VerdictsAsync(IReadOnlyList<(string Path, string Source)> files)
    {
        var compilation = TopologyCompilation.Create(files);
        if (compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return (null, []);
        }

        List<string> runtime;
        try
        {
            runtime = Comparable(TopologyCompilation.Validate(compilation, "Generated").Select(f => Line(f.RuleId, f.Element, f.Message, string.Join(";", f.FixTargets))));
        }
        catch (System.Reflection.TargetInvocationException)
        {
            return (null, []); // a reduction that makes Build() throw (e.g. a user with no home) is not a smaller case
        }

        var analyzer = Comparable((await TopologyCompilation.AnalyzeAsync(compilation))
            .Where(d => d.Id != "TOPO005")
            .Select(d => Line(d.Id, d.Properties["Element"]!, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), d.Properties["FixTargets"]!)));
        return (runtime, analyzer);
    }

    // Sorted; TOPO001 once per name. Its message names the undeclared name, not the user, and the
    // analyzer reports a message once per span: the users of one Users([...]) list homed on an
    // undeclared pool share one diagnostic, where Validate() has a finding per user.
    private static List<string> Comparable(IEnumerable<string> lines)
    {
        var all = lines.ToList();
        return [.. all.Where(l => !l.StartsWith("TOPO001 ", StringComparison.Ordinal)).Concat(all.Where(l => l.StartsWith("TOPO001 ", StringComparison.Ordinal)).Distinct()).Order(StringComparer.Ordinal)];
    }

    // TOPO006 names the first declaration in its message and keeps it as its fix target: both
    // sides must agree on which declaration is first, and on whether the later one can go.
    private static string Line(string rule, string element, string message, string fixTargets) =>
        rule == "TOPO006" ? $"{rule} {element} [{message}] [{fixTargets}]" : $"{rule} {element}";
}
