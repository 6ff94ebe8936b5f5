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
/// Changes the user rather than the pool: removes XMPP federation from the user with an explicit
/// <c>.Xmpp(false)</c> (XMPP001, XMPP007), or cancels the planned move to the 2019 pool (XMPP001).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UserXmppFixProvider)), Shared]
public sealed class UserXmppFixProvider : TopologyCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = Ids(RuleIds.Xmpp001, RuleIds.Xmpp007);

    private protected override void Register(CodeFixContext context, Diagnostic diagnostic, InvocationExpressionSyntax call)
    {
        var user = Element(diagnostic);
        if (diagnostic.Id == RuleIds.Xmpp001 && DslSyntax.MethodName(call) == DslMethods.MoveTo.Name && DslSyntax.RemoveCall(call) is var (old, withoutMove))
        {
            context.RegisterCodeFix(
                Replace(context.Document, old, _ => Task.FromResult(withoutMove), $"Cancel the planned move of {user}", $"{RuleIds.Xmpp001}.CancelMove"),
                diagnostic);
        }

        var chain = DslSyntax.ChainEnd(call);
        context.RegisterCodeFix(
            Replace(context.Document, chain, _ => Task.FromResult<SyntaxNode>(WithoutXmpp(chain)), $"Remove XMPP federation from {user}", $"{diagnostic.Id}.RemoveXmpp"),
            diagnostic);
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
