using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace XmppTopology.Analyzers.CodeFixes;

/// <summary>
/// Fix All as Roslyn's batch fixer does it, except when the requested equivalence key is none of
/// the rule's: then each occurrence gets its preferred fix.
/// </summary>
/// <remarks>
/// <c>dotnet format analyzers</c> runs one rule at a time but takes the equivalence key from the
/// first diagnostic of its analysis, which holds every rule it was asked to fix: with several
/// rules, that diagnostic is usually another rule's, and its key (or none, since a provider offers
/// nothing for a rule it does not fix) matches no fix of the rule at hand, so the batch fixer
/// returns no action ("didn't return a Fix All action"). No editor asks that way: its key is
/// always one of the fixes it showed for the rule.
/// </remarks>
internal sealed class PreferredFixAllProvider : FixAllProvider
{
    public static readonly PreferredFixAllProvider Instance = new();

    private PreferredFixAllProvider()
    {
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var ids = fixAllContext.DiagnosticIds.ToList();
        var key = fixAllContext.CodeActionEquivalenceKey;
        if (ids.Count == 1 && (key is null || !key.StartsWith(ids[0] + ".", System.StringComparison.Ordinal)))
        {
            fixAllContext = WithKey(fixAllContext, TopologyCodeFixProvider.PreferredKey(ids[0]));
        }

        return WellKnownFixAllProviders.BatchFixer.GetFixAsync(fixAllContext);
    }

    // FixAllContext has no public way to change its key (Roslyn 4.8): a new context that asks the old one for its diagnostics.
    private static FixAllContext WithKey(FixAllContext context, string key)
    {
        var diagnostics = new DiagnosticsOf(context);
        return context.Document is { } document
            ? new FixAllContext(document, context.CodeFixProvider, context.Scope, key, context.DiagnosticIds, diagnostics, context.CancellationToken)
            : new FixAllContext(context.Project, context.CodeFixProvider, context.Scope, key, context.DiagnosticIds, diagnostics, context.CancellationToken);
    }

    private sealed class DiagnosticsOf(FixAllContext context) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            await context.WithCancellationToken(cancellationToken).GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await context.WithCancellationToken(cancellationToken).GetProjectDiagnosticsAsync(project).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await context.WithCancellationToken(cancellationToken).GetAllDiagnosticsAsync(project).ConfigureAwait(false);
    }
}
