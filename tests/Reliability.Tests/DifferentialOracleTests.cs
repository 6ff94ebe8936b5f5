using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// The analyzer against an independent oracle: for random topologies, its findings (rule,
/// element, message) equal those of Validate() on the model built by compiling and running the
/// same source. The topologies hold their values in the forms of issue 15 too (handles as fields
/// and properties, a cross-file conditional constant, a local written again, a static constructor,
/// a list changed with Add); where a value cannot be proven, the analyzer must say TOPO005 at it and
/// report exactly what Validate() finds in every world it cannot tell apart (<see cref="OracleVerdict"/>).
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
        var (findings, duplicates, withUnknowns, worlds, aboutUsers) = (0, 0, 0, 0, 0);
        var failures = new List<(int Seed, GeneratedTopology Topology, OracleVerdict Verdict)>();
        for (var seed = 1; seed <= Topologies; seed++)
        {
            var topology = RandomTopology.WriteWithSourceForms(seed);
            var verdict = await OracleVerdict.ComputeAsync(topology);
            Assert.True(verdict is not null, $"seed {seed}: the generated topology does not compile or its Build() throws\n{SourceMinimizer.Listing(topology.Files)}");
            if (verdict.Problems.Count > 0)
            {
                failures.Add((seed, topology, verdict));
            }

            rulesSeen.UnionWith(verdict.Runtime.Select(r => r.Split(' ')[0]));
            rulesSeen.UnionWith(verdict.Unknowns.Count > 0 ? ["TOPO005"] : []);
            findings += verdict.Runtime.Count;
            duplicates += verdict.Runtime.Count(r => r.StartsWith("TOPO006 ", StringComparison.Ordinal));
            (withUnknowns, worlds, aboutUsers) = (withUnknowns + (verdict.Worlds > 1 ? 1 : 0), worlds + verdict.Worlds, aboutUsers + verdict.AboutUsers);
        }

        output.WriteLine($"oracle: {Topologies} topologies ({withUnknowns} with values the analyzer cannot prove, {worlds} worlds run), {findings} findings compared ({duplicates} TOPO006, whose message names the first declaration; {aboutUsers} of the analyzer's diagnostics about several users of a call); rules reached: {string.Join(", ", rulesSeen.Order(StringComparer.Ordinal))}");
        if (failures.Count > 0)
        {
            // The first disagreement of each kind, reduced to a minimum that still disagrees that way.
            var reports = new List<string>();
            foreach (var (seed, topology, verdict) in failures.GroupBy(f => f.Verdict.Kind).Select(g => g.First()))
            {
                var minimal = await MinimizeAsync(topology, verdict.Kind!);
                reports.Add($"seed {seed}: {verdict}\n--- minimal source: {await OracleVerdict.ComputeAsync(minimal)} ---\n{SourceMinimizer.Listing(minimal.Files)}");
            }

            var byKind = string.Join("; ", failures.GroupBy(f => f.Verdict.Kind).Select(g => $"{g.Key}: {g.Count()} (seeds {string.Join(" ", g.Take(15).Select(f => f.Seed))}{(g.Count() > 15 ? " …" : "")})"));
            Assert.Fail($"{failures.Count} of {Topologies} topologies disagree: {byKind}\n\n" + string.Join("\n\n========\n\n", reports));
        }

        // The generator must reach the rules, or agreeing proves little.
        Assert.True(rulesSeen.Count >= 10, "rules reached: " + string.Join(", ", rulesSeen.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task The_minimizer_keeps_what_the_failure_needs_and_drops_the_rest()
    {
        var files = RandomTopology.Write(2);
        var (_, found) = await VerdictsAsync(files);
        var finding = found.First(f => f.StartsWith("XMPP001 sip:", StringComparison.Ordinal));
        var user = finding["XMPP001 ".Length..finding.IndexOf(": ", StringComparison.Ordinal)];

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

    // Reduced while it disagrees the same way (the kind of its first problem), so the minimum shows that disagreement.
    private static async Task<GeneratedTopology> MinimizeAsync(GeneratedTopology topology, string kind)
    {
        var template = await SourceMinimizer.MinimizeAsync(topology.Template, async candidate =>
            await OracleVerdict.ComputeAsync(topology with { Template = candidate }) is { } verdict && verdict.Kind == kind);
        return topology with { Template = template };
    }

    /// <summary>Validate()'s findings and the analyzer's, as sorted lines; runtime null when the code does not compile or Build() throws.</summary>
    private static async Task<(List<string>? Runtime, List<string> Analyzer)> VerdictsAsync(IReadOnlyList<(string Path, string Source)> files) =>
        await OracleVerdict.ComputeAsync(new GeneratedTopology(files, [])) is { } verdict ? (verdict.Runtime, verdict.Analyzer) : (null, []);
}
