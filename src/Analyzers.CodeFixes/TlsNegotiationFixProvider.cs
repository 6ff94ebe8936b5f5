using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.CodeFixes;

/// <summary>XMPP008: SASL needs TLS, so the partner's TLS negotiation becomes Required.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TlsNegotiationFixProvider)), Shared]
public sealed class TlsNegotiationFixProvider : TopologyCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = Ids(RuleIds.Xmpp008);

    private protected override IEnumerable<TopologyFix> FixesFor(Document document, Diagnostic diagnostic, InvocationExpressionSyntax call)
    {
        if (call.ArgumentList.Arguments.Count != 1)
        {
            yield break;
        }

        var argument = call.ArgumentList.Arguments[0].Expression;
        var required = SyntaxFactory.ParseExpression("Negotiation.Required").WithTriviaFrom(argument);
        yield return Replace(document, argument, _ => Task.FromResult<SyntaxNode>(required), $"Set the TLS negotiation of {Element(diagnostic)} to Required", "RequireTls");
    }
}
