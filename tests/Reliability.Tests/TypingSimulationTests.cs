using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit.Abstractions;
using Microsoft.CodeAnalysis.CSharp;
using XmppTopology.Analyzers.Tests.Infrastructure;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// Half-typed code is the analyzer's normal input: every sample file and every file of a few
/// generated test topologies, cut at token boundaries (every one in the long mode, an even sample
/// in CI) and at a sample of characters, is analyzed with the rest of its project complete, and
/// every code fix of every diagnostic is computed. No analyzer or fixer exception, no hang.
/// </summary>
public class TypingSimulationTests(ITestOutputHelper output)
{
    private static readonly bool Long = Environment.GetEnvironmentVariable("XMPPTOPOLOGY_LONG") == "1";

    // The bounded default for CI; XMPPTOPOLOGY_LONG=1 cuts at every token and many more characters.
    private static readonly int CutsPerFile = Long ? int.MaxValue : 120;

    // Generated topologies (the oracle's generator) stand for the test topologies: they reach every rule.
    private static readonly int[] GeneratedSeeds = Long ? [.. Enumerable.Range(1, 20)] : [5, 11];

    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in new[] { "Contoso.Migration", "Fabrikam.DraftPlan" })
        {
            foreach (var (path, _) in TopologyCompilation.Sample(sample))
            {
                data.Add(sample, System.IO.Path.GetFileName(path));
            }
        }

        foreach (var seed in GeneratedSeeds)
        {
            foreach (var (path, _) in RandomTopology.Write(seed))
            {
                data.Add($"generated:{seed}", path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Every_prefix_is_analyzed_and_fixed_without_exception_or_hang(string project, string file)
    {
        var files = (project.StartsWith("generated:", StringComparison.Ordinal)
            ? RandomTopology.Write(int.Parse(project["generated:".Length..], System.Globalization.CultureInfo.InvariantCulture))
            : TopologyCompilation.Sample(project)).ToList();
        var (path, source) = files.Single(f => f.Path.EndsWith(file, StringComparison.Ordinal));
        var others = files.Where(f => f.Path != path).ToList();
        var cuts = Cuts(source).ToList();
        var (diagnostics, actions) = (0, 0);

        foreach (var cut in cuts)
        {
            var prefix = source[..cut];
            var result = await AnalyzerHarness.RunCaseAsync(others.Append((path, prefix)));
            Assert.True(result.Exceptions.Count == 0, AnalyzerHarness.Describe($"{project} {file} cut at {cut}", prefix, result.Exceptions));
            Assert.True(result.Finished, $"{project} {file} cut at {cut}: not finished within {AnalyzerHarness.PerCaseLimit}\n--- source ---\n{prefix}");
            diagnostics += result.Diagnostics;
            actions += result.Actions;
        }

        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Count();
        Assert.True(cuts.Count >= Math.Min(CutsPerFile, tokens) * 9 / 10, $"only {cuts.Count} cuts were tried for {tokens} tokens");
        Assert.True(diagnostics > 0, "no cut produced a diagnostic: the fixes were never exercised");
        output.WriteLine($"typing {project} {file}: {cuts.Count} cuts, {diagnostics} diagnostics, {actions} code actions computed");
    }

    // Token ends, thinned evenly to the budget, plus a few character positions inside tokens.
    private static IEnumerable<int> Cuts(string source)
    {
        var tokenEnds = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Select(t => t.Span.End).Distinct().ToList();
        var step = Math.Max(1, tokenEnds.Count / Math.Min(CutsPerFile, tokenEnds.Count));
        var characters = new Random(7).Next(1, 13);
        return tokenEnds.Where((_, i) => i % step == 0)
            .Concat(Enumerable.Range(0, Math.Min(CutsPerFile / 4, source.Length / characters)).Select(i => 1 + (i * characters * 7 % (source.Length - 1))))
            .Distinct()
            .Order();
    }
}
