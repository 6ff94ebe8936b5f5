using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers;

/// <summary>
/// One diagnostic descriptor per rule. ID (<see cref="RuleIds"/>), category and severity are constants so
/// that release tracking (RS2008) can read them; title and message come from the shared rule
/// catalogue, so the analyzer and Validate() say the same thing. A test keeps both in step.
/// </summary>
internal static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/xmpptopology/xmpptopology/blob/main/docs/rules/";

    private const string Xmpp = "XmppFederation";
    private const string Integrity = "TopologyIntegrity";

    public static readonly DiagnosticDescriptor Xmpp001 = Create(RuleIds.Xmpp001, Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Xmpp002 = Create(RuleIds.Xmpp002, Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Xmpp003 = Create(RuleIds.Xmpp003, Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Xmpp004 = Create(RuleIds.Xmpp004, Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Xmpp005 = Create(RuleIds.Xmpp005, Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Xmpp006 = Create(RuleIds.Xmpp006, Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Xmpp007 = Create(RuleIds.Xmpp007, Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Xmpp008 = Create(RuleIds.Xmpp008, Xmpp, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Topo001 = Create(RuleIds.Topo001, Integrity, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Topo002 = Create(RuleIds.Topo002, Integrity, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Topo003 = Create(RuleIds.Topo003, Integrity, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor Topo004 = Create(RuleIds.Topo004, Integrity, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor Topo005 = Create(RuleIds.Topo005, Integrity, DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor Topo006 = Create(RuleIds.Topo006, Integrity, DiagnosticSeverity.Error);

    // The same rules' diagnostics about several users of one call: the same ID, severity, category
    // and help link, the catalogue's message about users. Not among the supported diagnostics:
    // Roslyn accepts any diagnostic of a supported ID, and a rule listed twice would show twice.
    public static readonly DiagnosticDescriptor Xmpp001Users = Create(RuleIds.Xmpp001, Xmpp, DiagnosticSeverity.Error, aboutUsers: true);
    public static readonly DiagnosticDescriptor Xmpp007Users = Create(RuleIds.Xmpp007, Xmpp, DiagnosticSeverity.Error, aboutUsers: true);
    public static readonly DiagnosticDescriptor Topo003Users = Create(RuleIds.Topo003, Integrity, DiagnosticSeverity.Warning, aboutUsers: true);

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        Xmpp001, Xmpp002, Xmpp003, Xmpp004, Xmpp005, Xmpp006, Xmpp007, Xmpp008,
        Topo001, Topo002, Topo003, Topo004, Topo005, Topo006);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id);

    private static readonly Dictionary<string, DiagnosticDescriptor> AboutUsersById = new[] { Xmpp001Users, Xmpp007Users, Topo003Users }.ToDictionary(d => d.Id);

    /// <summary>The descriptor of a catalogue rule.</summary>
    public static DiagnosticDescriptor For(string ruleId) => ById[ruleId];

    /// <summary>The descriptor of a rule's diagnostic about several users of one call; null for a rule whose findings are not about a user.</summary>
    public static DiagnosticDescriptor? AboutUsers(string ruleId) => AboutUsersById.TryGetValue(ruleId, out var descriptor) ? descriptor : null;

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, bool aboutUsers = false)
    {
        var rule = RuleCatalog.All.Single(r => r.Id == id);
        var message = aboutUsers ? rule.UsersMessageFormat! : rule.MessageFormat;
        return new DiagnosticDescriptor(id, rule.Title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
    }
}
