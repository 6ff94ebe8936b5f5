using System;
using System.Collections.Generic;
using System.Globalization;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// Shrinks a failing edit sequence: the edits after the failing state go; then edits are dropped,
/// halves first, then one at a time, keeping each drop after which the sequence still fails the
/// same way; then the start is shrunk (users, groups, partners, pool declarations, routes and
/// unused members removed one by one, the same test). Replaying needs nothing but the result.
/// </summary>
internal static class EditSequenceMinimizer
{
    public static async Task<SequenceOutcome> MinimizeAsync(SequenceOutcome failing, Func<SequenceOutcome, bool>? stillFails = null, StateCheck? check = null, int maxReplays = 400)
    {
        var kind = failing.Failure!.Kind;
        stillFails ??= outcome => outcome.Invalid is null && outcome.Failure?.Kind == kind;
        var best = failing;
        var replays = 0;

        async Task<bool> Try(EditSequence candidate)
        {
            if (replays++ >= maxReplays)
            {
                return false;
            }

            var outcome = await EditSequenceRunner.RunAsync(candidate, check).ConfigureAwait(false);
            if (!stillFails(outcome))
            {
                return false;
            }

            best = outcome;
            return true;
        }

        // Nothing after the failing state matters.
        var failedAt = AppliedIndex(best);
        if (failedAt < best.Sequence.Edits.Length)
        {
            await Try(best.Sequence with { Edits = best.Sequence.Edits[..failedAt] }).ConfigureAwait(false);
        }

        for (var chunk = Math.Max(1, best.Sequence.Edits.Length / 2); chunk >= 1; chunk /= 2)
        {
            for (var start = best.Sequence.Edits.Length - chunk; start >= 0; start--)
            {
                var edits = best.Sequence.Edits;
                if (start + chunk <= edits.Length)
                {
                    await Try(best.Sequence with { Edits = edits.RemoveRange(start, chunk) }).ConfigureAwait(false);
                }
            }
        }

        bool progress;
        do
        {
            progress = false;
            foreach (var shrink in StartShrinks(best.Sequence.Start()))
            {
                if (await Try(best.Sequence with { StartShrinks = best.Sequence.StartShrinks.Add(shrink) }).ConfigureAwait(false))
                {
                    progress = true;
                }
            }
        }
        while (progress && replays < maxReplays);

        return best;
    }

    /// <summary>The shortest failing sequence written out to be replayed: the start's files, each edit and the files it changed, and what failed.</summary>
    public static string Report(SequenceOutcome outcome)
    {
        var sequence = outcome.Sequence;
        var text = new StringBuilder($"{outcome.Failure!.Kind} at state {outcome.Failure.Step} ({sequence})\n");
        var code = sequence.Start();
        var files = TopologyCodeWriter.Write(code);
        text.Append("--- start ---\n").Append(SourceMinimizer.Listing(files)).Append('\n');
        for (var step = 1; step <= outcome.Failure.Step && step <= sequence.Edits.Length; step++)
        {
            var edit = sequence.Edits[step - 1];
            var applied = edit.ApplyTo(code);
            text.Append(CultureInfo.InvariantCulture, $"--- edit {step}: {EditSequence.Describe(edit)}{(applied ? "" : " (does not apply: skipped)")} ---\n");
            var next = TopologyCodeWriter.Write(code);
            foreach (var removed in files.Where(f => next.All(n => n.Path != f.Path)))
            {
                text.Append(CultureInfo.InvariantCulture, $"// {removed.Path}: deleted\n");
            }

            foreach (var changed in next.Where(n => !files.Contains(n)))
            {
                text.Append(CultureInfo.InvariantCulture, $"// {changed.Path}\n{changed.Source}");
            }

            files = next;
        }

        return text.Append("--- what failed ---\n").Append(outcome.Failure.Detail).ToString();
    }

    // The number of edits up to the failing state (the failing state is the one after that many applied and skipped edits).
    private static int AppliedIndex(SequenceOutcome outcome) => Math.Min(outcome.Failure!.Step, outcome.Sequence.Edits.Length);

    /// <summary>Every single removal from the start that leaves code that still compiles (the replay rejects the rest).</summary>
    private static IEnumerable<Edit> StartShrinks(TopologyCode start)
    {
        foreach (var plan in start.Members.OfType<PlanMethod>())
        {
            foreach (var chain in plan.Statements.Where(s => s is UserChain or GroupChain or HelperCall))
            {
                yield return new RemoveStatement(plan.Name, Edit.Key(chain));
            }
        }

        foreach (var partner in start.Members.OfType<BuildMethod>().SelectMany(b => b.Partners))
        {
            yield return new RemovePartner(partner.Domain);
        }

        foreach (var site in start.Members.OfType<SiteMethod>())
        {
            foreach (var entry in site.Entries)
            {
                yield return new RemoveSiteEntry(site.Name, site.Entries.IndexOf(entry));
            }
        }

        var used = start.References().ToHashSet(StringComparer.Ordinal);
        foreach (var member in start.Members.Where(m => m is not StaticConstructor and not BuildMethod && !used.Contains(m.Name)))
        {
            yield return new RemoveUnusedMember(member.Name);
        }
    }
}

/// <summary>A shrink of the start: deletes one call of a site helper (a pool, an Edge, a route).</summary>
internal sealed record RemoveSiteEntry(string Site, int Index) : Edit
{
    public override bool ApplyTo(TopologyCode code)
    {
        if (code.Member<SiteMethod>(Site) is not { } site || Index >= site.Entries.Length)
        {
            return false;
        }

        code.Replace(site, site with { Entries = site.Entries.RemoveAt(Index) });
        return true;
    }
}

/// <summary>A shrink of the start: deletes a member nothing uses.</summary>
internal sealed record RemoveUnusedMember(string Name) : Edit
{
    public override bool ApplyTo(TopologyCode code)
    {
        if (code.Members.FirstOrDefault(m => m.Name == Name && m is not StaticConstructor and not BuildMethod) is not { } member || code.References().Contains(Name, StringComparer.Ordinal))
        {
            return false;
        }

        code.Owner(member).Class.Members.Remove(member);
        return true;
    }
}
