using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.CodeFixes;

/// <summary>
/// Points a reference at another element, one fix per target, nearest first: a partner's pool
/// (XMPP003), a site's XMPP route (XMPP006), the declared name closest to a mistyped one
/// (TOPO001), a user's home away from a pool marked for removal (TOPO003).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceReferenceFixProvider)), Shared]
public sealed class ReplaceReferenceFixProvider : TopologyCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = Ids(RuleIds.Xmpp003, RuleIds.Xmpp006, RuleIds.Topo001, RuleIds.Topo003);

    private protected override IEnumerable<TopologyFix> FixesFor(Document document, Diagnostic diagnostic, InvocationExpressionSyntax call) =>
        Retargets(document, call, FixTargets(diagnostic), target => diagnostic.Id switch
        {
            RuleIds.Xmpp003 => $"Configure {Element(diagnostic)} on legacy pool {target}",
            RuleIds.Xmpp006 => $"Route XMPP federation through legacy Edge {target}",
            RuleIds.Topo003 => $"Home {Users(diagnostic)} on pool {target}",
            _ => $"Replace with '{target}'",
        });
}
