using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// The edit-sequence differential (issue 15): random sequences of realistic edits on multi-file
/// topologies; after each edit the analyzer instance that saw every earlier state must give what
/// a cold analysis of the same sources gives, and agree with Validate(). A failure prints the
/// shortest failing sequence the minimizer found: the start's files, each edit and the files it
/// changed, and the difference.
/// </summary>
public class EditSequenceDifferentialTests(ITestOutputHelper output)
{
    private static readonly bool Long = Environment.GetEnvironmentVariable("XMPPTOPOLOGY_LONG") == "1";

    /// <summary>
    /// The seeds: 1 to 300 in CI, 1 to 10,000 in the long mode; <c>XMPPTOPOLOGY_EDIT_SEEDS</c>
    /// ("17" or "40-60") replays the ones a failure names. Each state costs a live and a cold
    /// analysis, the edited documents asked one by one, and an emitted run of Validate(): 300
    /// sequences (about 3,300 states) take two to three minutes on a quiet 2-core machine, about
    /// ten under load (docs/reliability.md).
    /// </summary>
    private static readonly (int First, int Last) Seeds = Environment.GetEnvironmentVariable("XMPPTOPOLOGY_EDIT_SEEDS") is { Length: > 0 } chosen
        ? (int.Parse(chosen.Split('-')[0], CultureInfo.InvariantCulture), int.Parse(chosen.Split('-')[^1], CultureInfo.InvariantCulture))
        : (1, Long ? 10_000 : 300);

    private static int Sequences => Seeds.Last - Seeds.First + 1;

    private const int EditsPerSequence = 10;


    [Fact]
    public async Task After_every_edit_the_live_analyzer_equals_a_cold_one_and_agrees_with_Validate()
    {
        var clock = Stopwatch.StartNew();
        var failures = new List<SequenceOutcome>();
        var (states, allKnown, withUnknowns, skipped, threw, findings, duplicates, aboutUsers) = (0, 0, 0, 0, 0, 0, 0, 0);
        var rules = new SortedSet<string>(StringComparer.Ordinal);
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        // Sequences are independent (each has its own trees and analyzer instance): one per core at a time.
        var outcomes = new SequenceOutcome[Sequences];
        await Parallel.ForEachAsync(
            Enumerable.Range(Seeds.First, Sequences),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (seed, cancellation) => outcomes[seed - Seeds.First] = await EditSequenceRunner.RunAsync(EditSequence.Generate(seed, EditsPerSequence), cancellationToken: cancellation));
        foreach (var outcome in outcomes)
        {
            Assert.True(outcome.Invalid is null, $"the generator wrote invalid code ({outcome.Sequence}): {outcome.Invalid}");
            (states, allKnown, withUnknowns, skipped, threw, findings, duplicates, aboutUsers) =
                (states + outcome.States, allKnown + outcome.StatesAllKnown, withUnknowns + outcome.StatesWithUnknowns, skipped + outcome.Skipped, threw + outcome.BuildThrew, findings + outcome.Findings, duplicates + outcome.HiddenDuplicates, aboutUsers + outcome.AboutUsers);
            rules.UnionWith(outcome.RulesReached);
            foreach (var kind in outcome.Sequence.Edits.Select(e => e.Kind))
            {
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            }

            if (outcome.Failure is not null)
            {
                failures.Add(outcome);
            }
        }

        output.WriteLine($"edit sequences: {Sequences} of {EditsPerSequence} edits, {states} states ({allKnown} with every value provable, {withUnknowns} with unknowns), "
            + $"{findings} runtime findings compared ({aboutUsers} of the analyzer's diagnostics about several users of a call), Build() threw in {threw}, an unknown duplicating a name in {duplicates} (live = cold checked, not Validate()), edits skipped {skipped}, {clock.Elapsed.TotalSeconds:F0} s");
        output.WriteLine("rules reached: " + string.Join(", ", rules));
        output.WriteLine("edits generated: " + string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}")));

        if (failures.Count > 0)
        {
            var byKind = string.Join(", ", failures.GroupBy(f => f.Failure!.Kind).Select(g => $"{g.Key}: {g.Count()} (seeds {string.Join(" ", g.Take(20).Select(f => f.Sequence.Seed))}{(g.Count() > 20 ? " …" : "")})"));
            // The first failing sequence of each kind, minimized: the shortest way to see each failure.
            var shown = failures.GroupBy(f => f.Failure!.Kind).Select(g => g.First());
            var reports = new List<string>();
            foreach (var failure in shown)
            {
                reports.Add(EditSequenceMinimizer.Report(await EditSequenceMinimizer.MinimizeAsync(failure)));
            }

            // One line per failing sequence: its kind, the state, the edit that led there and the first line of the difference.
            var lines = failures.Take(100).Select(f =>
                $"seed {f.Sequence.Seed}: {f.Failure!.Kind} at state {f.Failure.Step}{(f.Failure.Step > 0 ? " after " + f.Sequence.Edits[f.Failure.Step - 1].Kind : "")}: "
                + (f.Failure.Detail.Split('\n').FirstOrDefault(l => l.StartsWith("  ", StringComparison.Ordinal)) ?? f.Failure.Detail.Split('\n')[0]).Trim());
            Assert.Fail($"{failures.Count} of {Sequences} sequences fail: {byKind}\n{string.Join("\n", lines)}\n\n" + string.Join("\n\n========\n\n", reports));
        }

        // Every kind of edit was generated, and the states reached the rules: agreeing proves something
        // (not asked of a replay of a few seeds).
        if (Sequences < 100)
        {
            return;
        }

        Assert.Equal(Edit.Kinds.Select(k => k.Kind).Order(StringComparer.Ordinal), kinds.Keys);
        Assert.True(rules.Count >= 9, "rules reached: " + string.Join(", ", rules));
    }

    [Fact]
    public async Task The_minimizer_keeps_the_edits_and_the_start_a_failure_needs_and_drops_the_rest()
    {
        // A stand-in failure that any analyzer gives: "after the edits, a user added by an edit is
        // reported XMPP001". It needs that edit and the pools it names, and little else.
        var (outcome, user) = await FirstWithXmpp001OnAnAddedUserAsync();
        bool Fails(SequenceOutcome candidate) =>
            candidate.Invalid is null && candidate.Failure?.Detail.Contains(user, StringComparison.Ordinal) == true;

        var minimal = await EditSequenceMinimizer.MinimizeAsync(outcome, Fails, StandIn(user), maxReplays: 30);

        Assert.True(Fails(await EditSequenceRunner.RunAsync(minimal.Sequence, StandIn(user))));
        Assert.True(minimal.Sequence.Edits.Length < outcome.Sequence.Edits.Length, minimal.Sequence.ToString());
        Assert.Contains(minimal.Sequence.Edits, e => EditSequence.Describe(e).Contains(user, StringComparison.Ordinal));
        Assert.NotEmpty(minimal.Sequence.StartShrinks);
        var report = EditSequenceMinimizer.Report(minimal);
        Assert.Contains("--- start ---", report, StringComparison.Ordinal);
        Assert.Contains(user, report, StringComparison.Ordinal);
        output.WriteLine(report);
    }

    private static async Task<(SequenceOutcome Outcome, string User)> FirstWithXmpp001OnAnAddedUserAsync()
    {
        for (var seed = 1; ; seed++)
        {
            var sequence = EditSequence.Generate(seed, 5);
            foreach (var user in sequence.Edits.OfType<AddUser>().Select(a => ((Lit)a.User.Sip).Value))
            {
                var outcome = await EditSequenceRunner.RunAsync(sequence, StandIn(user));
                if (outcome.Failure is not null)
                {
                    return (outcome, user);
                }
            }
        }
    }

    private static StateCheck StandIn(string user) => (_, analysis, _, _) =>
        analysis.LiveDiagnostics.Any(d => d.Id == "XMPP001" && d.Properties["Element"] == user)
            ? new StateFailure(FailureKind.StandIn, "XMPP001 on " + user)
            : null;
}
