using System;
using System.Collections.Generic;
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
/// (XMPP002), the XMPP proxy or gateway asked of a 2019 pool (XMPP004), federation on an Edge
/// other than the one the federation route names (TOPO004).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveCallFixProvider)), Shared]
public sealed class RemoveCallFixProvider : TopologyCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = Ids(RuleIds.Xmpp002, RuleIds.Xmpp004, RuleIds.Topo004);

    private protected override IEnumerable<TopologyFix> FixesFor(Document document, Diagnostic diagnostic, InvocationExpressionSyntax call)
    {
        if (DslSyntax.RemoveCall(call) is not var (old, replacement) || (diagnostic.Id == RuleIds.Topo004 && !LosesFederation(diagnostic)))
        {
            yield break;
        }

        var (title, kind) = diagnostic.Id switch
        {
            RuleIds.Xmpp002 => ($"Keep the legacy Edge {Element(diagnostic)} (drop the mark)", "KeepLegacyEdge"),
            RuleIds.Xmpp004 when DslSyntax.MethodName(call) == DslMethods.XmppGateway.Name => ($"Remove the XMPP gateway from {Element(diagnostic)}", "RemoveXmppSetting"),
            RuleIds.Xmpp004 => ($"Remove the XMPP proxy from {Element(diagnostic)}", "RemoveXmppSetting"),
            _ => ($"Disable federation on Edge {Element(diagnostic)}", "DisableFederation"),
        };
        yield return Replace(document, old, _ => Task.FromResult(replacement), title, kind);
    }

    // TOPO004 names, as its fix target, the Edge that keeps federation (the one the federation
    // route names); every other federating Edge loses it. Without one, a person chooses.
    private static bool LosesFederation(Diagnostic diagnostic) =>
        FixTargets(diagnostic) is { Count: 1 } keeps && !string.Equals(keeps[0], Element(diagnostic), StringComparison.OrdinalIgnoreCase);
}
