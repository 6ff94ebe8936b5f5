using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using XmppTopology.Analyzers.Tests.Infrastructure;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// Half-typed code is the analyzer's normal input: every sample file, cut at token boundaries
/// (every one for small files, an even sample for large ones) and at a sample of characters,
/// is analyzed with the rest of its project complete. No exception, no hang.
/// </summary>
public class TypingSimulationTests
{
    // The bounded default for CI; XMPPTOPOLOGY_LONG=1 cuts at every token and many more characters.
    private static readonly int CutsPerFile = Environment.GetEnvironmentVariable("XMPPTOPOLOGY_LONG") == "1" ? int.MaxValue : 120;

    public static TheoryData<string, string> SampleFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in new[] { "Contoso.Migration", "Fabrikam.DraftPlan" })
        {
            foreach (var (path, _) in TopologyCompilation.Sample(sample))
            {
                data.Add(sample, System.IO.Path.GetFileName(path));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_prefix_of_a_sample_file_is_analyzed_without_exception_or_hang(string sample, string file)
    {
        var files = TopologyCompilation.Sample(sample).ToList();
        var (path, source) = files.Single(f => f.Path.EndsWith(file, StringComparison.Ordinal));
        var others = files.Where(f => f.Path != path).ToList();
        var cuts = Cuts(source).ToList();

        foreach (var cut in cuts)
        {
            var prefix = source[..cut];
            var (exceptions, finished) = AnalyzerHarness.Analyze(TopologyCompilation.Create(others.Append((path, prefix))));
            Assert.True(exceptions.Count == 0, AnalyzerHarness.Describe($"{file} cut at {cut}", prefix, exceptions));
            Assert.True(finished, $"{file} cut at {cut}: not finished within {AnalyzerHarness.PerCaseLimit}");
        }

        Assert.True(cuts.Count >= Math.Min(CutsPerFile, 50), $"only {cuts.Count} cuts were tried");
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
