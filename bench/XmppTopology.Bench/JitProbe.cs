using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Tracing;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace XmppTopology.Bench;

/// <summary>
/// Which of our analyzer's methods the runtime jits while it analyses one shape at 1x, run after
/// run, at which tier and for how long: what a fresh compiler server pays for ours, since it jits
/// every analyzer (docs/performance.md, "The analyzer precompiled"). The runtime's own JIT events,
/// heard in process (an EventListener on its provider's JIT keyword): a method's jitting is the
/// time from its MethodJittingStarted to its MethodLoadVerbose on the same thread. Not a figure.
/// </summary>
internal static class JitProbe
{
    public static void Run(TextWriter log, string shape, IReadOnlyList<(string Path, string Source)> sources, ImmutableArray<DiagnosticAnalyzer> ours, int runs)
    {
        using var listener = new JitListener();
        for (var run = 1; run <= runs; run++)
        {
            var compilation = Measure.Compile(sources);
            listener.Clear();
            var (time, _) = Measure.AnalyzerMilliseconds(compilation, ours);
            var jitted = listener.Ours();
            var byTier = string.Join(", ", jitted.GroupBy(m => m.Tier).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()} in {g.Sum(m => m.Milliseconds):N0} ms"));
            log.WriteLine($"{shape} run {run}: ours {time:N0} ms; our methods jitted: {jitted.Count} in {jitted.Sum(m => m.Milliseconds):N0} ms ({byTier})");
            foreach (var method in jitted.OrderByDescending(m => m.Milliseconds).Take(run == 1 ? 15 : 8))
            {
                log.WriteLine($"    {method.Milliseconds,6:N1} ms  {method.Tier,-14} {method.Name}");
            }
        }
    }

    private sealed record JittedMethod(string Name, string Tier, double Milliseconds);

    private sealed class JitListener : EventListener
    {
        private const string Runtime = "Microsoft-Windows-DotNETRuntime";
        private const int MethodLoadVerbose = 143;
        private const int MethodJittingStarted = 145;
        private const EventKeywords Jit = (EventKeywords)0x10;

        private readonly ConcurrentDictionary<(long Thread, ulong Method), DateTime> _started = new();
        private readonly ConcurrentQueue<JittedMethod> _jitted = new();

        public void Clear() => _jitted.Clear();

        /// <summary>Our methods jitted since <see cref="Clear"/>.</summary>
        public List<JittedMethod> Ours() => [.. _jitted.Where(m => m.Name.StartsWith("XmppTopology.", StringComparison.Ordinal) && !m.Name.StartsWith("XmppTopology.Bench", StringComparison.Ordinal))];

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == Runtime)
            {
                EnableEvents(eventSource, EventLevel.Verbose, Jit);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventId == MethodJittingStarted && Field(e, "MethodID") is ulong started)
            {
                _started[(e.OSThreadId, started)] = e.TimeStamp;
            }
            else if (e.EventId == MethodLoadVerbose && Field(e, "MethodID") is ulong loaded && _started.TryRemove((e.OSThreadId, loaded), out var start))
            {
                var name = $"{Field(e, "MethodNamespace")}::{Field(e, "MethodName")}";
                _jitted.Enqueue(new JittedMethod(name, TierOf(Field(e, "MethodFlags")), (e.TimeStamp - start).TotalMilliseconds));
            }
        }

        private static object? Field(EventWrittenEventArgs e, string name)
        {
            var index = e.PayloadNames?.IndexOf(name) ?? -1;
            return index >= 0 ? e.Payload![index] : null;
        }

        // The runtime's MethodFlags carry the optimization tier in bits 7 to 9 (the
        // OptimizationTier map of its event manifest).
        private static string TierOf(object? flags) => flags is uint value ? ((value >> 7) & 0x7) switch
        {
            1 => "MinOpts",
            2 => "Optimized",
            3 => "Tier0",
            4 => "Tier1",
            5 => "Tier1 (OSR)",
            6 => "Tier0 instr.",
            7 => "Tier1 instr.",
            _ => "unknown",
        } : "unknown";
    }
}
