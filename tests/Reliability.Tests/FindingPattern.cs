using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// A finding line ("rule element: message") about a value the analyzer cannot know names it
/// "(… not known at compile time)": an Edge pool whose FQDN a static constructor sets, the users
/// of a list that code fills. Such a finding holds whatever the value is (the Edge is a 2019 one
/// with the XMPP proxy, whichever its name; each user of the list is an XMPP user on a 2019 pool),
/// so it stands for every runtime line that reads the same with the unknown parts filled in. A
/// verdict that depends on the value says so (TOPO006's "(whether the two declarations differ not known at compile
/// time)"), and stands for each verdict the runtime may give.
/// </summary>
internal static class FindingPattern
{
    private static readonly Regex Unknown = new(@"\((?:[\w ]+ )?not known at compile time\)", RegexOptions.CultureInvariant);

    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public static bool IsAboutUnknown(string line) => Unknown.IsMatch(line);

    /// <summary>The analyzer's <paramref name="analyzer"/> line stands for the runtime's <paramref name="runtime"/> line.</summary>
    public static bool Matches(string analyzer, string runtime) =>
        string.Equals(analyzer, runtime, StringComparison.Ordinal)
        || IsAboutUnknown(analyzer) && Patterns.GetOrAdd(analyzer, Compile).IsMatch(runtime);

    /// <summary>The lines of <paramref name="lines"/> that no line of <paramref name="by"/> matches (analyzer lines first or runtime lines first, as <paramref name="analyzerFirst"/> says).</summary>
    public static List<string> Unmatched(IEnumerable<string> lines, IReadOnlyCollection<string> by, bool analyzerFirst) =>
        [.. lines.Where(line => !by.Any(other => analyzerFirst ? Matches(line, other) : Matches(other, line)))];

    private static Regex Compile(string line) =>
        new("^" + string.Join(".+?", Unknown.Split(line).Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant);
}
