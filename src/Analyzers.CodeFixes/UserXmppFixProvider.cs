using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.CodeFixes;

/// <summary>
/// The fixes of an XMPP user on the wrong pool, in the order the rule pages give them. A planned
/// move to a 2019 pool (XMPP001 on <c>MoveTo</c>): cancel the move, move to another legacy pool
/// instead, remove XMPP. A 2019 pool or a branch appliance as home (XMPP001, XMPP007 on
/// <c>HomedOn</c>): home on a legacy pool, nearest first, remove XMPP. A diagnostic about the
/// users of one <c>Users(...)</c> call is fixed at that call, for all of them.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UserXmppFixProvider)), Shared]
public sealed class UserXmppFixProvider : TopologyCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = Ids(RuleIds.Xmpp001, RuleIds.Xmpp007);

    private protected override IEnumerable<TopologyFix> FixesFor(Document document, Diagnostic diagnostic, InvocationExpressionSyntax call)
    {
        var user = Users(diagnostic);
        var isMove = DslSyntax.MethodName(call) == DslMethods.MoveTo.Name;
        if (isMove && DslSyntax.RemoveCall(call) is var (old, withoutMove))
        {
            yield return Replace(document, old, _ => Task.FromResult(withoutMove), $"Cancel the planned move of {user}", "CancelMove");
        }

        var retargets = Retargets(document, call, FixTargets(diagnostic), target => (diagnostic.Id, isMove) switch
        {
            (RuleIds.Xmpp007, _) => $"Home {user} on central-site legacy pool {target}",
            (_, true) => $"Move {user} to legacy pool {target} instead",
            _ => $"Keep {user} on legacy pool {target}",
        });
        foreach (var retarget in retargets)
        {
            yield return retarget;
        }

        var chain = DslSyntax.ChainEnd(call);
        yield return Replace(document, chain, _ => Task.FromResult<SyntaxNode>(WithoutXmpp(chain)), $"Remove XMPP federation from {user}", "RemoveXmpp");
    }

    // The chain's own Xmpp(...) call says false, or the chain gains .Xmpp(false).
    private static InvocationExpressionSyntax WithoutXmpp(InvocationExpressionSyntax chain)
    {
        var no = SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression));
        var xmpp = DslSyntax.ChainCalls(chain).LastOrDefault(c => DslSyntax.MethodName(c) == DslMethods.Xmpp.Name);
        return xmpp is null
            ? DslSyntax.Append(chain, DslMethods.Xmpp.Name, no)
            : chain.ReplaceNode(xmpp.ArgumentList, xmpp.ArgumentList.WithArguments(SyntaxFactory.SingletonSeparatedList(no)));
    }
}
