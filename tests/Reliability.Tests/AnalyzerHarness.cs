using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using XmppTopology.Analyzers;

namespace XmppTopology.Reliability.Tests;

/// <summary>Runs the analyzer on a compilation, catching every analyzer exception and any hang.</summary>
internal static class AnalyzerHarness
{
    public static readonly TimeSpan PerCaseLimit = TimeSpan.FromSeconds(20);

    /// <summary>The analyzer's exceptions (none expected) and whether it finished within the limit.</summary>
    public static (IReadOnlyList<Exception> Exceptions, bool Finished) Analyze(Compilation compilation)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        using var limit = new CancellationTokenSource(PerCaseLimit);
        var withAnalyzers = compilation.WithAnalyzers(
            [new TopologyAnalyzer()],
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]),
                onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false));
        try
        {
            withAnalyzers.GetAnalyzerDiagnosticsAsync(limit.Token).GetAwaiter().GetResult();
            return (exceptions.ToList(), true);
        }
        catch (OperationCanceledException)
        {
            return (exceptions.ToList(), false);
        }
    }

    /// <summary>A failure message that lets the case be replayed.</summary>
    public static string Describe(string what, string source, IReadOnlyList<Exception> exceptions) =>
        $"{what}: {string.Join(Environment.NewLine, exceptions.Select(e => e.ToString()))}{Environment.NewLine}--- source ---{Environment.NewLine}{source}";
}
