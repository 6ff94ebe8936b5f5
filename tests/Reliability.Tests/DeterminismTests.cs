using System;
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
            var compilation = TopologyCompilation.Create(shuffled);
            var diagnostics = await compilation
                .WithAnalyzers([new TopologyAnalyzer()], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            var listing = string.Join("\n", diagnostics
                .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .Select(d => d.ToString()));

            expected ??= listing;
            Assert.Equal(expected, listing);
        }

        Assert.NotEmpty(expected!);
    }
}
