using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using XmppTopology.Analyzers.Reporting;

namespace XmppTopology.Analyzers.CodeFixes;

/// <summary>
/// What every fixer of the family does the same way: find the diagnosed DSL call, offer its
/// fixes once per span with their equivalence keys, and apply Fix All in batches (document,
/// project or solution).
/// </summary>
/// <remarks>
/// The first fix of a diagnostic is its preferred fix. The preferred fixes of one rule share one
/// equivalence key, <c>&lt;ID&gt;.Preferred</c>, whatever they do (cancel a move here, keep a user
/// on the nearest legacy pool there), so Fix All from a first fix and <c>dotnet format</c> apply
/// each occurrence's preferred fix. The other fixes have the key of their kind,
/// <c>&lt;ID&gt;.&lt;Kind&gt;</c>, and Fix All from one of them applies that kind where it is offered.
/// </remarks>
public abstract class TopologyCodeFixProvider : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() => PreferredFixAllProvider.Instance;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        // Diagnostics of one rule at one span (a call that two topologies reach): one set of fixes is enough.
        foreach (var diagnostic in context.Diagnostics.GroupBy(d => (d.Id, d.Location.SourceSpan)).Select(g => g.First()))
        {
            // dotnet format hands a provider the first diagnostic of its analysis, whatever its
            // rule, and a diagnostic may come from an earlier text of the document: offering a
            // fix for either would edit the wrong code.
            if (!FixableDiagnosticIds.Contains(diagnostic.Id) || !IsOf(diagnostic, root.SyntaxTree) || DiagnosedCall(root, diagnostic.Location.SourceSpan) is not { } call)
            {
                continue;
            }

            var rank = 0;
            foreach (var fix in FixesFor(context.Document, diagnostic, call))
            {
                var key = rank++ == 0 ? PreferredKey(diagnostic.Id) : $"{diagnostic.Id}.{fix.Kind}";
                context.RegisterCodeFix(CodeAction.Create(fix.Title, fix.Apply, key), diagnostic);
            }
        }
    }

    /// <summary>The equivalence key that every preferred fix of a rule shares.</summary>
    public static string PreferredKey(string diagnosticId) => diagnosticId + ".Preferred";

    /// <summary>The DSL call a diagnostic is about: by default the one it is reported on.</summary>
    private protected virtual InvocationExpressionSyntax? DiagnosedCall(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span) => DslSyntax.DiagnosedCall(root, span);

    /// <summary>This fixer's fixes for one diagnostic at its call, the preferred one first.</summary>
    private protected abstract IEnumerable<TopologyFix> FixesFor(Document document, Diagnostic diagnostic, InvocationExpressionSyntax call);

    /// <summary>The pools a fix may use, nearest first, as the rule computed them.</summary>
    private protected static IReadOnlyList<string> FixTargets(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FindingDiagnostics.FixTargetsProperty, out var targets) && !string.IsNullOrEmpty(targets)
            ? targets!.Split(';')
            : [];

    /// <summary>The element the diagnostic is about (a SIP address, a FQDN, a site).</summary>
    private protected static string Element(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FindingDiagnostics.ElementProperty, out var element) ? element ?? "" : "";

    /// <summary>The users a user's diagnostic is about, as a fix's title names them: its user, or "50 users" of one call.</summary>
    private protected static string Users(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FindingDiagnostics.UsersProperty, out var count) && count is not null ? count + " users" : Element(diagnostic);

    /// <summary>A fix that replaces one node of the diagnosed document.</summary>
    private protected static TopologyFix Replace(
        Document document, SyntaxNode node, Func<CancellationToken, Task<SyntaxNode>> replacement, string title, string kind) =>
        new(
            title,
            kind,
            async cancellationToken =>
            {
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var newNode = await replacement(cancellationToken).ConfigureAwait(false);
                return document.WithSyntaxRoot(root!.ReplaceNode(node, newNode)).Project.Solution;
            });

    /// <summary>
    /// Fixes that point the call's first argument at each target in turn (kind <c>Retarget.1</c>,
    /// <c>Retarget.2</c>…, by the target's rank): a pool named the way the code names pools, a
    /// site or policy by its name.
    /// </summary>
    private protected static IEnumerable<TopologyFix> Retargets(Document document, InvocationExpressionSyntax call, IReadOnlyList<string> targets, Func<string, string> title)
    {
        if (call.ArgumentList.Arguments.Count == 0)
        {
            yield break;
        }

        var argument = call.ArgumentList.Arguments[0].Expression;
        for (var rank = 0; rank < targets.Count; rank++)
        {
            var target = targets[rank];
            yield return Replace(document, argument, cancellationToken => NameAsync(document, argument, target, cancellationToken), title(target), $"Retarget.{rank + 1}");
        }
    }

    private protected static ImmutableArray<string> Ids(params string[] ids) => ImmutableArray.Create(ids);

    // Pools keep the code's naming style; sites and policies are plain names.
    private static async Task<SyntaxNode> NameAsync(Document document, ExpressionSyntax argument, string target, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var parameterType = model?.GetTypeInfo(argument, cancellationToken).ConvertedType;
        var expression = parameterType?.Name == "PoolRef"
            ? await PoolNames.ExpressionForAsync(document, argument, target, cancellationToken).ConfigureAwait(false)
            : SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(target));
        return expression.WithTriviaFrom(argument);
    }

    // The same tree, or a tree of the same text (an editor may hand over an equal snapshot).
    private static bool IsOf(Diagnostic diagnostic, SyntaxTree tree) =>
        diagnostic.Location.SourceTree is { } diagnosed
        && (diagnosed == tree || (diagnosed.Length == tree.Length && diagnosed.GetText().ContentEquals(tree.GetText())));
}
