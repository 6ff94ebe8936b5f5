using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace XmppTopology.Bench;

/// <summary>
/// An analyzer that notes when the driver runs the first and the last semantic-model callback.
/// Listed after ours with sequential analysis, its first callback comes right after ours: our
/// verdict, computed in our first callback, ends there.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class CallbackClock : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Nothing = new("EMPTY003", "Nothing", "Nothing", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
    private long _first;
    private long _last;

    public DateTime First => new(Interlocked.Read(ref _first), DateTimeKind.Utc);

    public DateTime Last => new(Interlocked.Read(ref _last), DateTimeKind.Utc);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Nothing];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start => start.RegisterSemanticModelAction(_ =>
        {
            var now = DateTime.UtcNow.Ticks;
            Interlocked.CompareExchange(ref _first, now, 0);
            Interlocked.Exchange(ref _last, now);
        }));
    }
}
