using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Reporting;

/// <summary>Turns the rules' findings into diagnostics at the spans of the calls (TOPO005: <see cref="Topo005ValueNotKnown"/>).</summary>
internal static class FindingDiagnostics
{
    /// <summary>The property that carries a finding's fix targets (FQDNs, nearest first, ';'-separated).</summary>
    public const string FixTargetsProperty = "FixTargets";

    /// <summary>The property that names the element a finding is about, as Validate() names it (of several users, the first).</summary>
    public const string ElementProperty = "Element";

    /// <summary>The property of a diagnostic about several users of one call: how many.</summary>
    public const string UsersProperty = "Users";

    /// <summary>
    /// The diagnostic for a finding, at its origin; none when the origin is in no tree.
    /// Additional locations, for a rule whose fix edits its targets (XMPP005): where each fix
    /// target is declared, in FixTargets' order. Only there: the compiler checks every location
    /// of every reported diagnostic, which made them a third of a large topology's analysis.
    /// </summary>
    public static Diagnostic? For(Finding finding, Topology topology, Func<Origin?, Location?> locate)
    {
        if (locate(finding.Origin) is not { } location)
        {
            return null;
        }

        var targets = finding.RuleId == RuleIds.Xmpp005
            ? finding.FixTargets.Select(target => locate(topology.FindPool(target)?.Origin) ?? Location.None)
            : null;
        return Diagnostic.Create(Descriptors.For(finding.RuleId), location, targets, Properties(finding), finding.MessageArguments.ToArray<object>());
    }

    /// <summary>
    /// The diagnostics of the users one call declares (a User call, a Users list). They share their
    /// settings, hence their findings but for the user a finding names: the rules judge the first,
    /// and each of its findings is reported once for all of them, at the call. A finding about the
    /// user (XMPP001, XMPP007, TOPO003) then says how many users and names the first few; any other
    /// (TOPO001 at the pool they name) is the same for each. So a team's mistake is one diagnostic,
    /// and the rules run once a call, not once a user.
    /// </summary>
    public static void ForUsers(List<Diagnostic> diagnostics, RuleContext rules, Topology topology, IReadOnlyList<User> users, Func<Origin?, Location?> locate)
    {
        if (users.Count == 0)
        {
            return;
        }

        foreach (var finding in TopologyRules.EvaluateUser(rules, users[0]))
        {
            var diagnostic = users.Count > 1 && Descriptors.AboutUsers(finding.RuleId) is { } aboutUsers
                ? AboutUsers(aboutUsers, finding, users, locate)
                : For(finding, topology, locate);
            if (diagnostic is not null)
            {
                diagnostics.Add(diagnostic);
            }
        }
    }

    private static Diagnostic? AboutUsers(DiagnosticDescriptor descriptor, Finding first, IReadOnlyList<User> users, Func<Origin?, Location?> locate)
    {
        if (locate(first.Origin) is not { } location)
        {
            return null;
        }

        var properties = Properties(first).Add(UsersProperty, users.Count.ToString(CultureInfo.InvariantCulture));
        var arguments = RuleDescriptor.UsersArguments(first, users.Count, users.Select(user => user.ToString()));
        return Diagnostic.Create(descriptor, location, properties, arguments);
    }

    private static ImmutableDictionary<string, string?> Properties(Finding finding) =>
        ImmutableDictionary<string, string?>.Empty
            .Add(FixTargetsProperty, string.Join(";", finding.FixTargets))
            .Add(ElementProperty, finding.Element);
}
