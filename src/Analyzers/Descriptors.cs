using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers;

/// <summary>
/// One diagnostic descriptor per rule. ID, category and severity are written here as constants so
/// that release tracking (RS2008) can read them; title and message come from the shared rule
/// catalogue, so the analyzer and Validate() say the same thing. A test keeps both in step.
/// </summary>
internal static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/xmpptopology/xmpptopology/blob/main/docs/rules/";

    private const string Xmpp = "XmppFederation";
    private const string Integrity = "TopologyIntegrity";

    public static readonly DiagnosticDescriptor Xmpp001 = Create("XMPP001", Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Xmpp002 = Create("XMPP002", Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Xmpp003 = Create("XMPP003", Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Xmpp004 = Create("XMPP004", Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Xmpp005 = Create("XMPP005", Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Xmpp006 = Create("XMPP006", Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Xmpp007 = Create("XMPP007", Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Xmpp008 = Create("XMPP008", Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Topo001 = Create("TOPO001", Integrity, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Topo002 = Create("TOPO002", Integrity, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Topo003 = Create("TOPO003", Integrity, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor Topo004 = Create("TOPO004", Integrity, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Topo005 = Create("TOPO005", Integrity, DiagnosticSeverity.Info);

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        Xmpp001, Xmpp002, Xmpp003, Xmpp004, Xmpp005, Xmpp006, Xmpp007, Xmpp008,
        Topo001, Topo002, Topo003, Topo004, Topo005);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id);

    /// <summary>The descriptor of a catalogue rule.</summary>
    public static DiagnosticDescriptor For(string ruleId) => ById[ruleId];

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity)
    {
        var rule = RuleCatalog.All.Single(r => r.Id == id);
        return new DiagnosticDescriptor(id, rule.Title, rule.MessageFormat, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
    }
}
