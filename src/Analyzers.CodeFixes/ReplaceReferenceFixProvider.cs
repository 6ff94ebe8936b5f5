using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.CodeFixes;

/// <summary>
/// Points a reference at another element, one action per target, nearest first: a user's home
/// or move target (XMPP001, XMPP007, TOPO003), a partner's pool (XMPP003), a site's XMPP route
/// (XMPP006), or the declared name closest to a mistyped one (TOPO001).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceReferenceFixProvider)), Shared]
public sealed class ReplaceReferenceFixProvider : TopologyCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = Ids(RuleIds.Xmpp001, RuleIds.Xmpp003, RuleIds.Xmpp006, RuleIds.Xmpp007, RuleIds.Topo001, RuleIds.Topo003);

    private protected override void Register(CodeFixContext context, Diagnostic diagnostic, InvocationExpressionSyntax call)
    {
        if (call.ArgumentList.Arguments.Count == 0)
        {
            return;
        }

        var argument = call.ArgumentList.Arguments[0].Expression;
        var targets = FixTargets(diagnostic);
        for (var rank = 0; rank < targets.Count; rank++)
        {
            var target = targets[rank];
            var title = diagnostic.Id switch
            {
                RuleIds.Xmpp001 => $"Keep {Element(diagnostic)} on legacy pool {target}",
                RuleIds.Xmpp003 => $"Configure {Element(diagnostic)} on legacy pool {target}",
                RuleIds.Xmpp006 => $"Route XMPP federation through legacy Edge {target}",
                RuleIds.Xmpp007 => $"Home {Element(diagnostic)} on central-site legacy pool {target}",
                RuleIds.Topo003 => $"Home {Element(diagnostic)} on pool {target}",
                _ => $"Replace with '{target}'",
            };
            context.RegisterCodeFix(
                Replace(context.Document, argument, cancellationToken => NameAsync(context.Document, argument, target, cancellationToken), title, $"{diagnostic.Id}.Retarget.{rank + 1}"),
                diagnostic);
        }
    }

    // Pools keep the code's naming style; sites and policies are plain names.
    private static async Task<SyntaxNode> NameAsync(Document document, ExpressionSyntax argument, string target, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var parameterType = model?.GetTypeInfo(argument, cancellationToken).ConvertedType;
        var expression = parameterType?.Name == nameof(PoolRef)
            ? await PoolNames.ExpressionForAsync(document, argument, target, cancellationToken).ConfigureAwait(false)
            : SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(target));
        return expression.WithTriviaFrom(argument);
    }
}
