using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using XmppTopology.Analyzers.Reporting;

namespace XmppTopology.Analyzers.CodeFixes;

/// <summary>
/// What every fixer of the family does the same way: find the diagnosed DSL call, offer its
/// actions once per span, and apply Fix All in batches (document, project or solution).
/// </summary>
public abstract class TopologyCodeFixProvider : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        // Several users of one Users(...) call share a span: one set of actions is enough.
        foreach (var diagnostic in context.Diagnostics.GroupBy(d => (d.Id, d.Location.SourceSpan)).Select(g => g.First()))
        {
            if (DslSyntax.DiagnosedCall(root, diagnostic.Location.SourceSpan) is { } call)
            {
                Register(context, diagnostic, call);
            }
        }
    }

    /// <summary>Offers this fixer's actions for one diagnostic at its call.</summary>
    private protected abstract void Register(CodeFixContext context, Diagnostic diagnostic, InvocationExpressionSyntax call);

    /// <summary>The pools a fix may use, nearest first, as the rule computed them.</summary>
    private protected static IReadOnlyList<string> FixTargets(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FindingDiagnostics.FixTargetsProperty, out var targets) && !string.IsNullOrEmpty(targets)
            ? targets!.Split(';')
            : [];

    /// <summary>The element the diagnostic is about (a SIP address, a FQDN, a site).</summary>
    private protected static string Element(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FindingDiagnostics.ElementProperty, out var element) ? element ?? "" : "";

    /// <summary>An action that replaces one node of the diagnosed document.</summary>
    private protected static CodeAction Replace(
        Document document, SyntaxNode node, Func<CancellationToken, Task<SyntaxNode>> replacement, string title, string equivalenceKey) =>
        CodeAction.Create(
            title,
            async cancellationToken =>
            {
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var newNode = await replacement(cancellationToken).ConfigureAwait(false);
                return document.WithSyntaxRoot(root!.ReplaceNode(node, newNode));
            },
            equivalenceKey);

    private protected static ImmutableArray<string> Ids(params string[] ids) => ImmutableArray.Create(ids);
}
