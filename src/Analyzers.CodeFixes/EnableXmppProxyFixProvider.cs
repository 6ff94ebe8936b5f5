using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.CodeFixes;

/// <summary>
/// XMPP005: gives XMPP a route by enabling the XMPP proxy on a legacy Edge that stays, one action
/// per Edge. The Edge is usually declared in another file than the topology's Define call: the fix
/// edits that document.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnableXmppProxyFixProvider)), Shared]
public sealed class EnableXmppProxyFixProvider : TopologyCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = Ids(RuleIds.Xmpp005);

    private protected override IEnumerable<TopologyFix> FixesFor(Document document, Diagnostic diagnostic, InvocationExpressionSyntax call)
    {
        var targets = FixTargets(diagnostic);
        for (var rank = 0; rank < targets.Count && rank < diagnostic.AdditionalLocations.Count; rank++)
        {
            var declaration = diagnostic.AdditionalLocations[rank];
            if (declaration.SourceTree is not { } tree || document.Project.Solution.GetDocument(tree) is not { } edgeDocument)
            {
                continue;
            }

            yield return new TopologyFix(
                $"Enable the XMPP proxy on legacy Edge {targets[rank]}",
                $"EnableXmppProxy.{rank + 1}",
                cancellationToken => EnableAsync(edgeDocument, declaration, cancellationToken));
        }
    }

    private static async Task<Solution> EnableAsync(Document document, Location declaration, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || DslSyntax.DiagnosedCall(root, declaration.SourceSpan) is not { } edgePool || WithXmppProxy(edgePool) is not { } enabled)
        {
            return document.Project.Solution;
        }

        return document.WithSyntaxRoot(root.ReplaceNode(edgePool, enabled)).Project.Solution;
    }

    // EdgePool(fqdn, version) gains `edge => edge.XmppProxy()`; an existing lambda gains the call.
    private static InvocationExpressionSyntax? WithXmppProxy(InvocationExpressionSyntax edgePool)
    {
        var arguments = edgePool.ArgumentList.Arguments;
        if (arguments.Count == 2)
        {
            var configure = SyntaxFactory.Argument(SyntaxFactory.ParseExpression("edge => edge.XmppProxy()"));
            return edgePool.WithArgumentList(edgePool.ArgumentList.WithArguments(arguments.Add(configure)));
        }

        return arguments.LastOrDefault()?.Expression switch
        {
            SimpleLambdaExpressionSyntax { ExpressionBody: { } body } lambda =>
                edgePool.ReplaceNode(body, DslSyntax.Append(body, DslMethods.XmppProxy.Name)),
            SimpleLambdaExpressionSyntax { Block: { } block } lambda =>
                edgePool.ReplaceNode(block, block.AddStatements(
                    SyntaxFactory.ParseStatement($"{lambda.Parameter.Identifier.ValueText}.XmppProxy();").WithAdditionalAnnotations(Formatter.Annotation))),
            _ => null,
        };
    }
}
