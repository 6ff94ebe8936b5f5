using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using XmppTopology.Rules;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// The analyzer reports a rule's findings about the users of one call once, at the call ("3 users
/// federate with XMPP but …: 'a', 'b' and 'c'"); Validate(), whose model has no calls, reports each
/// user. Such a diagnostic stands for the runtime's findings of that call: a run, in Validate()'s
/// order (the users' declaration order), of as many findings as it counts, of its rule, with the
/// same other message arguments and fix targets as each other, starting at the user it names
/// first, whose message about users (as the catalogue makes it) is the diagnostic's message: the
/// same count, the same first users, the same pool and placement. (Fix targets are not compared
/// with the analyzer's, as for a finding about one user: where a pool's name is not known at
/// compile time, the analyzer cannot offer it.) Each runtime finding is one call's: a run ends at
/// a finding another diagnostic stands for, so two diagnostics never share one.
/// </summary>
internal static class UsersDiagnostics
{
    /// <summary>
    /// The diagnostics as "rule element: message" lines; each about users as the lines of the
    /// findings it stands for, in the first of <paramref name="runtimes"/> that has its run, or as
    /// its own line when none has.
    /// </summary>
    public static IEnumerable<string> Lines(IEnumerable<Diagnostic> diagnostics, IReadOnlyList<IReadOnlyList<Finding>> runtimes)
    {
        var taken = runtimes.Select(runtime => new bool[runtime.Count]).ToList();
        foreach (var diagnostic in diagnostics)
        {
            var run = diagnostic.Properties.TryGetValue("Users", out var users) && users is not null
                ? Enumerable.Range(0, runtimes.Count).Select(w => (World: w, Run: RunOf(diagnostic, int.Parse(users, CultureInfo.InvariantCulture), runtimes[w], taken[w]))).FirstOrDefault(found => found.Run is not null)
                : default;
            if (run.Run is null)
            {
                yield return $"{diagnostic.Id} {diagnostic.Properties["Element"]}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
                continue;
            }

            foreach (var index in run.Run)
            {
                taken[run.World][index] = true;
                var finding = runtimes[run.World][index];
                yield return $"{finding.RuleId} {finding.Element}: {finding.Message}";
            }
        }
    }

    // The indexes of the findings a diagnostic about `count` users stands for, or null.
    private static List<int>? RunOf(Diagnostic diagnostic, int count, IReadOnlyList<Finding> runtime, bool[] taken)
    {
        var format = RuleCatalog.All.Single(rule => rule.Id == diagnostic.Id).UsersMessageFormat!;
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        for (var start = 0; start < runtime.Count; start++)
        {
            var first = runtime[start];
            if (taken[start] || first.RuleId != diagnostic.Id || first.Element != diagnostic.Properties["Element"])
            {
                continue;
            }

            var run = new List<int>();
            for (var index = start; index < runtime.Count && run.Count < count && !(taken[index] && SameButTheUser(runtime[index], first)); index++)
            {
                if (SameButTheUser(runtime[index], first))
                {
                    run.Add(index);
                }
            }

            var made = string.Format(CultureInfo.InvariantCulture, format, RuleDescriptor.UsersArguments(first, run.Count, run.Select(index => runtime[index].MessageArguments[0])));
            if (run.Count == count && made == message)
            {
                return run;
            }
        }

        return null;
    }

    private static bool SameButTheUser(Finding finding, Finding first) =>
        finding.RuleId == first.RuleId
        && finding.MessageArguments.Skip(1).SequenceEqual(first.MessageArguments.Skip(1), StringComparer.Ordinal)
        && finding.FixTargets.SequenceEqual(first.FixTargets, StringComparer.Ordinal);
}
