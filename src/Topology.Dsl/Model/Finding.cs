using System.Collections.Generic;

namespace XmppTopology;

/// <summary>
/// A rule's verdict on one element: the catalogue ID and severity, a message naming the
/// elements involved, the element it is about and, where a fix has a choice, its targets.
/// </summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed record Finding(string RuleId, FindingSeverity Severity, string Message, ElementKind ElementKind, string Element, Origin? Origin)
{
    /// <summary>The values put into the rule's message format, in order.</summary>
    public IReadOnlyList<string> MessageArguments { get; init; } = [];

    /// <summary>The elements a code fix may use, nearest first (e.g. the legacy pools a user can stay on).</summary>
    public IReadOnlyList<string> FixTargets { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {Severity.ToString().ToLowerInvariant()}: {Message}";
}
