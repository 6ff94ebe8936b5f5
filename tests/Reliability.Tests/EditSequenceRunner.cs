using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// Replays an edit sequence and checks every state: the start, then the state after each edit.
/// Live (the one analyzer instance that saw every earlier state) must equal cold (the same sources
/// parsed anew), with no analyzer exception; and the verdict must agree with Validate() on the
/// built topology: equal to it when every value is provable (no TOPO005 then), and, when a value
/// is not (a local written again, a static constructor, a list changed), never a finding the
/// runtime does not report (a finding about the unknown value itself stands for the runtime's
/// findings that fill it in: <see cref="FindingPattern"/>), and a missed one only with TOPO005 said.
/// </summary>
internal static class EditSequenceRunner
{
    /// <summary>Replays the sequence; <paramref name="check"/> replaces the checks of a state (the minimizer's own test uses a stand-in failure).</summary>
    public static async Task<SequenceOutcome> RunAsync(EditSequence sequence, StateCheck? check = null, CancellationToken cancellationToken = default)
    {
        check ??= Check;
        var code = sequence.Start();
        var live = new LiveAnalysis();
        var outcome = new SequenceOutcome(sequence);
        IReadOnlyList<(string Path, string Source)> previous = [];
        for (var step = 0; step <= sequence.Edits.Length; step++)
        {
            if (step > 0)
            {
                if (!sequence.Edits[step - 1].ApplyTo(code))
                {
                    outcome.Skipped++;
                    continue;
                }

                outcome.EditsApplied.Add(sequence.Edits[step - 1].Kind);
            }

            IReadOnlyList<(string Path, string Source)> files;
            try
            {
                files = TopologyCodeWriter.Write(code);
            }
            catch (InvalidOperationException exception)
            {
                outcome.Invalid = $"state {step}: the code cannot be written: {exception.Message}";
                return outcome;
            }

            // An edit that writes the same text (a using the file needs anyway) leaves nothing to check.
            if (files.SequenceEqual(previous))
            {
                outcome.Unchanged++;
                continue;
            }

            previous = files;
            var analysis = await live.AnalyzeAsync(files, cancellationToken).ConfigureAwait(false);
            var (errors, findings) = RuntimeVerdict.Run(analysis.Cold, TopologyCode.BuildType);
            if (errors.Count > 0)
            {
                outcome.Invalid = $"state {step} does not compile:\n{string.Join("\n", errors)}\n{SourceMinimizer.Listing(files)}";
                return outcome;
            }

            outcome.States++;
            if (check(code, analysis, findings[0], outcome) is { } failure)
            {
                outcome.Failure = failure with { Step = step, Files = files };
                return outcome;
            }
        }

        return outcome;
    }

    private static StateFailure? Check(TopologyCode code, AnalysisStep analysis, IReadOnlyList<Finding>? validated, SequenceOutcome outcome)
    {
        if (analysis.Exceptions.Count > 0)
        {
            return new StateFailure(FailureKind.AnalyzerException, string.Join("\n", analysis.Exceptions.Select(e => e.ToString())));
        }

        if (!analysis.Live.SequenceEqual(analysis.ColdListing))
        {
            return new StateFailure(FailureKind.LiveDiffersFromCold, Difference("live", analysis.Live, "cold", analysis.ColdListing));
        }

        if (!analysis.EditedByDocument.SequenceEqual(analysis.EditedInLive))
        {
            return new StateFailure(FailureKind.DocumentDiffersFromCompilation, Difference("the edited documents, asked one by one", analysis.EditedByDocument, "the whole live analysis", analysis.EditedInLive));
        }

        if (validated is null)
        {
            outcome.BuildThrew++;
            return null;
        }

        var runtime = RuntimeVerdict.Lines(validated);
        var findings = RuntimeVerdict.AnalyzerFindings(analysis.LiveDiagnostics, validated);
        var unknowns = analysis.LiveDiagnostics.Count(d => d.Id == "TOPO005");
        outcome.Findings += runtime.Count;
        outcome.AboutUsers += analysis.LiveDiagnostics.Count(d => d.Properties.ContainsKey("Users"));
        outcome.RulesReached.UnionWith(runtime.Select(f => f.Split(' ')[0]));
        outcome.RulesReached.UnionWith(unknowns > 0 ? ["TOPO005"] : []);
        if (code.AllValuesKnown)
        {
            outcome.StatesAllKnown++;
            if (unknowns > 0)
            {
                return new StateFailure(FailureKind.UnknownWhereAllIsProvable, string.Join("\n", analysis.Live.Where(l => l.Contains(" TOPO005: ", StringComparison.Ordinal))));
            }

            return findings.SequenceEqual(runtime) ? null : new StateFailure(FailureKind.DiffersFromValidate, Difference("analyzer", findings, "Validate()", runtime));
        }

        outcome.StatesWithUnknowns++;

        // An unknown value that takes another declaration's name makes a duplicate (TOPO002) no
        // compiler can see; which of the two a reference means is then the runtime's choice.
        if (Minus(runtime.Where(f => f.StartsWith("TOPO002 ", StringComparison.Ordinal)), findings).Count > 0)
        {
            outcome.HiddenDuplicates++;
            return null;
        }

        // A finding about an unknown value stands for the runtime's findings that fill it in (FindingPattern).
        var extra = FindingPattern.Unmatched(findings, runtime, analyzerFirst: true);
        if (extra.Count > 0)
        {
            return new StateFailure(FailureKind.ContradictsValidate, $"reported but not by Validate(): {string.Join("; ", extra)}\n" + Difference("analyzer", findings, "Validate()", runtime));
        }

        var missed = FindingPattern.Unmatched(runtime, findings, analyzerFirst: false);
        return missed.Count > 0 && unknowns == 0
            ? new StateFailure(FailureKind.MissedWithoutTopo005, $"Validate() reports {string.Join("; ", missed)}, the analyzer neither these nor any TOPO005")
            : null;
    }

    /// <summary>The lines of <paramref name="left"/> not matched one for one in <paramref name="right"/>.</summary>
    public static List<string> Minus(IEnumerable<string> left, IEnumerable<string> right)
    {
        var remaining = right.GroupBy(x => x, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var line in left)
        {
            if (remaining.TryGetValue(line, out var count) && count > 0)
            {
                remaining[line] = count - 1;
            }
            else
            {
                result.Add(line);
            }
        }

        return result;
    }

    public static string Difference(string leftName, List<string> left, string rightName, List<string> right) =>
        $"only in {leftName}:{Lines(Minus(left, right))}\nonly in {rightName}:{Lines(Minus(right, left))}";

    private static string Lines(List<string> lines) => lines.Count == 0 ? " (nothing)" : "\n  " + string.Join("\n  ", lines);
}

/// <summary>Checks one state; null when it passes.</summary>
internal delegate StateFailure? StateCheck(TopologyCode code, AnalysisStep analysis, IReadOnlyList<Finding>? runtime, SequenceOutcome outcome);

/// <summary>What went wrong in a state.</summary>
internal enum FailureKind
{
    AnalyzerException,
    LiveDiffersFromCold,
    DocumentDiffersFromCompilation,
    UnknownWhereAllIsProvable,
    DiffersFromValidate,
    ContradictsValidate,
    MissedWithoutTopo005,

    /// <summary>A failure made up by a test of the minimizer.</summary>
    StandIn,
}

/// <summary>A failing state: the kind, what differs, which state and its files.</summary>
internal sealed record StateFailure(FailureKind Kind, string Detail, int Step = 0, IReadOnlyList<(string Path, string Source)>? Files = null);

/// <summary>What replaying a sequence found and counted.</summary>
internal sealed class SequenceOutcome(EditSequence sequence)
{
    public EditSequence Sequence { get; } = sequence;

    public StateFailure? Failure { get; set; }

    /// <summary>Set when the generator wrote code that does not compile: a bug of the test, not of the analyzer.</summary>
    public string? Invalid { get; set; }

    public int States { get; set; }

    public int StatesAllKnown { get; set; }

    public int StatesWithUnknowns { get; set; }

    public int Skipped { get; set; }

    public int Unchanged { get; set; }

    public int BuildThrew { get; set; }

    /// <summary>States where an unknown value duplicates a declared name: not judged against Validate().</summary>
    public int HiddenDuplicates { get; set; }

    public int Findings { get; set; }

    /// <summary>The analyzer's diagnostics about several users of one call, in the states compared with Validate().</summary>
    public int AboutUsers { get; set; }

    public HashSet<string> RulesReached { get; } = new(StringComparer.Ordinal);

    public List<string> EditsApplied { get; } = [];
}
