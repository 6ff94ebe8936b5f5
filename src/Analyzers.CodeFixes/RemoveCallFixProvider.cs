using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.CodeFixes;

/// <summary>
/// Drops the offending call from its chain: the removal or migration mark of a legacy XMPP Edge
/// (XMPP002), the XMPP proxy or gateway asked of a 2019 pool (XMPP004), federation on an extra
/// Edge (TOPO004).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveCallFixProvider)), Shared]
public sealed class RemoveCallFixProvider : TopologyCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = Ids(RuleIds.Xmpp002, RuleIds.Xmpp004, RuleIds.Topo004);

    private protected override void Register(CodeFixContext context, Diagnostic diagnostic, InvocationExpressionSyntax call)
    {
        if (DslSyntax.RemoveCall(call) is not var (old, replacement))
        {
            return;
        }

        var (title, key) = diagnostic.Id switch
        {
            RuleIds.Xmpp002 => ($"Keep the legacy Edge {Element(diagnostic)} (drop the mark)", $"{RuleIds.Xmpp002}.KeepLegacyEdge"),
            RuleIds.Xmpp004 when DslSyntax.MethodName(call) == DslMethods.XmppGateway.Name => ($"Remove the XMPP gateway from {Element(diagnostic)}", $"{RuleIds.Xmpp004}.RemoveXmppSetting"),
            RuleIds.Xmpp004 => ($"Remove the XMPP proxy from {Element(diagnostic)}", $"{RuleIds.Xmpp004}.RemoveXmppSetting"),
            _ => ($"Disable federation on Edge {Element(diagnostic)}", $"{RuleIds.Topo004}.DisableFederation"),
        };
        context.RegisterCodeFix(Replace(context.Document, old, _ => Task.FromResult(replacement), title, key), diagnostic);
    }
}
