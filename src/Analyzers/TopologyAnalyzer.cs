using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Reporting;

namespace XmppTopology.Analyzers;

/// <summary>
/// Checks every topology of the compilation against the rule catalogue. The rules see the whole
/// topology, across files; each diagnostic is reported from the action of the document it belongs
/// to, at the span of the offending call, so editors show it live and offer its fixes.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TopologyAnalyzer : DiagnosticAnalyzer
{
    private readonly bool _readUserListsWithoutBinding;

    public TopologyAnalyzer()
        : this(readUserListsWithoutBinding: true)
    {
    }

    // Tests compare the facts read without binding with those the binder gives.
    internal TopologyAnalyzer(bool readUserListsWithoutBinding) => _readUserListsWithoutBinding = readUserListsWithoutBinding;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            // Without the DSL, this one look at the references' names is all the analyzer costs.
            if (!DslSymbols.MayBeReferenced(start.Compilation))
            {
                return;
            }

            var verdict = new VerdictOnce(start.Compilation, _readUserListsWithoutBinding);
            start.RegisterSemanticModelAction(analysis =>
            {
                var tree = analysis.SemanticModel.SyntaxTree;
                try
                {
                    foreach (var diagnostic in verdict.Get(analysis.CancellationToken).For(tree))
                    {
                        analysis.ReportDiagnostic(diagnostic);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Name the file, so that a crash report says where the analyzer was.
                    throw new InvalidOperationException($"XmppTopology analyzer failed on '{tree.FilePath}': {exception.Message}", exception);
                }
            });
        });
    }
}
