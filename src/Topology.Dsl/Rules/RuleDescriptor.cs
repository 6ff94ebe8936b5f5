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
    /// <summary>How many users a message about several users names; it counts the others.</summary>
    public const int UsersNamed = 3;

    /// <summary>
    /// For a rule whose finding is about one user (the user its first message argument): the
    /// message of one finding about several users that one call declares, as the analyzer reports
    /// them at that call (Validate() reports each user). Its arguments: {0} how many users, then the
    /// other arguments of <see cref="MessageFormat"/> in their places, then the users named
    /// (<see cref="UsersArguments"/>). Null for the other rules.
    /// </summary>
    public string? UsersMessageFormat { get; init; }

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

    /// <summary>
    /// The arguments of <see cref="UsersMessageFormat"/> for <paramref name="count"/> users whose
    /// findings of this rule are <paramref name="first"/> but for the user each names, the users'
    /// names in declaration order being <paramref name="names"/> (only the first few are read):
    /// "'a', 'b', 'c' and 47 more".
    /// </summary>
    public static string[] UsersArguments(Finding first, int count, IEnumerable<string> names)
    {
        var named = names.Take(UsersNamed).Select(name => $"'{name}'").ToList();
        var more = count - named.Count;
        var list = more > 0 ? string.Join(", ", named) + string.Format(CultureInfo.InvariantCulture, " and {0} more", more)
            : named.Count > 1 ? string.Join(", ", named.Take(named.Count - 1)) + " and " + named[named.Count - 1]
            : string.Concat(named);
        return [count.ToString(CultureInfo.InvariantCulture), .. first.MessageArguments.Skip(1), list];
    }
}
