using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace XmppTopology.Rules;

/// <summary>
/// One rule of the catalogue: its ID, default severity, title and message format. The analyzer
/// builds its diagnostic descriptors from these, so both ends say the same thing.
/// </summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed record RuleDescriptor(string Id, FindingSeverity Severity, string Category, string Title, string MessageFormat)
{
    /// <summary>Makes this rule's finding about one element.</summary>
    public Finding Report(ElementKind kind, string? element, Origin? origin, IReadOnlyList<string> fixTargets, params object?[] messageArguments)
    {
        var arguments = messageArguments.Select(a => a?.ToString() ?? "").ToArray();
        var message = string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
        return new Finding(Id, Severity, message, kind, element ?? "(not known at compile time)", origin)
        {
            MessageArguments = arguments,
            FixTargets = fixTargets,
        };
    }

    /// <summary>Makes this rule's finding when no fix target applies.</summary>
    public Finding Report(ElementKind kind, string? element, Origin? origin, params object?[] messageArguments) =>
        Report(kind, element, origin, [], messageArguments);
}
