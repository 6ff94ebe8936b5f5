using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Reporting;

/// <summary>Turns the rules' findings into diagnostics at the spans of the calls (TOPO005: <see cref="Topo005ValueNotKnown"/>).</summary>
internal static class FindingDiagnostics
{
    /// <summary>The property that carries a finding's fix targets (FQDNs, nearest first, ';'-separated).</summary>
    public const string FixTargetsProperty = "FixTargets";

    /// <summary>The property that names the element a finding is about, as Validate() names it.</summary>
    public const string ElementProperty = "Element";

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

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(FixTargetsProperty, string.Join(";", finding.FixTargets))
            .Add(ElementProperty, finding.Element);
        var targets = finding.RuleId == RuleIds.Xmpp005
            ? finding.FixTargets.Select(target => locate(topology.FindPool(target)?.Origin) ?? Location.None)
            : null;
        return Diagnostic.Create(Descriptors.For(finding.RuleId), location, targets, properties, finding.MessageArguments.ToArray<object>());
    }
}
