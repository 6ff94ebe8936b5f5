using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using XmppTopology.Analyzers;
using XmppTopology.Analyzers.Tests.Infrastructure;

namespace XmppTopology.Reliability.Tests;

/// <summary>Shuffled file order and concurrent analysis give byte-identical diagnostic lists.</summary>
public class DeterminismTests
{
    private static readonly int ConcurrentRounds = Environment.GetEnvironmentVariable("XMPPTOPOLOGY_LONG") == "1" ? 50 : 3;

    [Theory]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(42)]
    public async Task Shuffled_files_and_concurrent_analysis_give_the_same_diagnostics(int seed)
    {
        var files = RandomTopology.Write(seed).Concat(TopologyCompilation.Sample("Fabrikam.DraftPlan")).ToList();
        var random = new Random(seed);
        string? expected = null;

        for (var run = 0; run < 12; run++)
        {
            var shuffled = files.OrderBy(_ => random.Next()).ToList();
            var listing = Listing(await AnalyzeAsync(TopologyCompilation.Create(shuffled)));

            expected ??= listing;
            Assert.Equal(expected, listing);
        }

        Assert.NotEmpty(expected!);
    }

    /// <summary>
    /// Eight analyses at once, each itself concurrent, on the same compilation and on shuffled
    /// copies: every list is identical, properties (fix targets in their order, element) and
    /// additional locations included.
    /// </summary>
    [Fact]
    public async Task Many_simultaneous_analyses_give_byte_identical_diagnostics_with_their_properties()
    {
        var files = RandomTopology.Write(29).Concat(TopologyCompilation.Sample("Fabrikam.DraftPlan")).Concat(TopologyCompilation.Sample("Contoso.Migration")).ToList();
        var shared = TopologyCompilation.Create(files);
        var expected = Listing(await AnalyzeAsync(shared));
        var random = new Random(29);
        var runs = 0;

        for (var round = 0; round < ConcurrentRounds; round++)
        {
            var compilations = Enumerable.Range(0, 8)
                .Select(i => i % 2 == 0 ? shared : TopologyCompilation.Create(files.OrderBy(_ => random.Next()).ToList()))
                .ToList();
            var listings = await Task.WhenAll(compilations.Select(c => Task.Run(async () => Listing(await AnalyzeAsync(c)))));
            foreach (var listing in listings)
            {
                runs++;
                Assert.Equal(expected, listing);
            }
        }

        Assert.Contains("FixTargets=", expected);
        Assert.Equal(8 * ConcurrentRounds, runs);
    }

    private static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation) =>
        compilation
            .WithAnalyzers([new TopologyAnalyzer()], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

    // Ordered by location as a compiler reports; every diagnostic with its properties and additional locations.
    private static string Listing(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => d.ToString()
                + " {" + string.Join(", ", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")) + "}"
                + " [" + string.Join(", ", d.AdditionalLocations.Select(l => l.GetLineSpan().ToString())) + "]"));
}
