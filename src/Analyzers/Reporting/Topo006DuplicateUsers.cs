using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Joining;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Reporting;

/// <summary>
/// TOPO006 over the whole compilation: the users declared more than once in a topology, whatever
/// file or plan declares them, in the order the runtime declares them, so that the first and the
/// later declarations are the runtime's (the rule's own parts decide and word each finding). Only
/// users whose SIP addresses hash alike are compared. The first analysis of an infrastructure
/// merges the sorted hashes of every part (<see cref="RepeatedHashes"/>, its ranges shared by the
/// compiler's threads, <see cref="VerdictOnce"/>); the compilations that
/// follow it, an editor's, keep a <see cref="DeclarationIndex"/>, so that after an edit in a users
/// file only that file's users, and those declared more than once before, are looked up.
/// A SIP address not known at compile time (TOPO005) is compared with nothing.
/// </summary>
internal static class Topo006DuplicateUsers
{
    private static readonly ConditionalWeakTable<Infrastructure, Kept> KeptFor = new();

    /// <summary>
    /// Whether this compilation's users are compared by merging every part's hashes, the first
    /// analysis of its infrastructure: then threads may share the merge (<see cref="MergedPart"/>)
    /// and hand <see cref="Report"/> its parts.
    /// </summary>
    public static bool MergesAll(Infrastructure infrastructure) => !KeptFor.TryGetValue(infrastructure, out _);

    /// <summary>One part of the merge of every part's hashes (<see cref="RepeatedHashes.Parts"/> in all).</summary>
    public static List<RepeatedHash> MergedPart(Infrastructure infrastructure, IReadOnlyList<UserList> files, int part) =>
        RepeatedHashes.In([.. infrastructure.UserDeclarations, .. files.SelectMany(file => file.UserDeclarations)], part);

    /// <summary>
    /// The TOPO006 diagnostics of a compilation: its infrastructure, and its users files in path
    /// order; <paramref name="mergedParts"/>, when given, every part of the merge, already made.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Report(Infrastructure infrastructure, IReadOnlyList<UserList> files, IReadOnlyList<List<RepeatedHash>>? mergedParts, CancellationToken cancellationToken)
    {
        var repeated = mergedParts is null && KeptFor.TryGetValue(infrastructure, out var kept)
            ? Looked(IndexFor(infrastructure, files, kept), files, cancellationToken).Select(pair => new RepeatedHash(pair.Key, pair.Value))
            : Merged(infrastructure, files, mergedParts);

        var diagnostics = new List<Diagnostic>();
        Dictionary<string, SyntaxTree>? usersFiles = null; // made for the first finding
        var declarations = new List<UserDeclaration>();
        foreach (var (hash, runs) in repeated)
        {
            cancellationToken.ThrowIfCancellationRequested();
            declarations.Clear();
            foreach (var run in runs)
            {
                run.AddDeclarations(hash, declarations);
            }

            // As the runtime, topology by topology: in the order they run, each SIP address's
            // first declaration stays.
            declarations.Sort();
            foreach (var topology in runs.Select(run => run.Topology).Distinct())
            {
                var part = infrastructure.Topologies[topology];
                var first = new Dictionary<string, User>(Topo006DuplicateUser.SipAddresses);
                foreach (var declaration in declarations.Where(d => d.Topology == topology))
                {
                    var user = declaration.User;
                    if (!first.TryGetValue(user.SipAddress!, out var earlier))
                    {
                        first.Add(user.SipAddress!, user);
                    }
                    else if (FindingDiagnostics.For(Topo006DuplicateUser.Report(earlier, user), part.Topology, Locate) is { } diagnostic)
                    {
                        diagnostics.Add(diagnostic);
                    }
                }
            }
        }

        return diagnostics;

        Location? Locate(Origin? origin)
        {
            usersFiles ??= files.GroupBy(file => file.Tree.FilePath).ToDictionary(same => same.Key, same => same.First().Tree);
            return origin is not null && usersFiles.TryGetValue(origin.Path, out var tree)
                ? Location.Create(tree, new TextSpan(origin.Start, origin.Length))
                : infrastructure.LocationOf(origin);
        }
    }

    // The first analysis of this infrastructure: every part's hashes merged (here, unless given),
    // and nothing kept but the note that it was analysed. A build stops here; an editor's next
    // compilation builds the index.
    private static IEnumerable<RepeatedHash> Merged(Infrastructure infrastructure, IReadOnlyList<UserList> files, IReadOnlyList<List<RepeatedHash>>? mergedParts)
    {
        lock (KeptFor)
        {
            if (!KeptFor.TryGetValue(infrastructure, out _))
            {
                KeptFor.Add(infrastructure, new Kept());
            }
        }

        return (mergedParts ?? [.. Enumerable.Range(0, RepeatedHashes.Parts).Select(part => MergedPart(infrastructure, files, part))]).SelectMany(part => part);
    }

    // The hashes declared more than once now, with the runs that declare them: those repeated when
    // the index was built, and those the files it does not hold declare, looked up.
    private static Dictionary<int, List<DeclarationRun>> Looked(DeclarationIndex index, IReadOnlyList<UserList> files, CancellationToken cancellationToken)
    {
        var current = new HashSet<UserList>(files);
        var gone = new HashSet<int>(Enumerable.Range(0, index.Files.Count).Where(file => !current.Contains(index.Files[file])).Select(file => file + 1));
        var candidates = new HashSet<int>(index.Repeated);
        var added = new Dictionary<int, List<DeclarationRun>>();
        foreach (var run in files.Where(file => !index.Indexes(file)).SelectMany(file => file.UserDeclarations))
        {
            foreach (var (hash, _) in run.Hashes())
            {
                candidates.Add(hash);
                if (!added.TryGetValue(hash, out var runs))
                {
                    added[hash] = runs = [];
                }

                runs.Add(run);
            }
        }

        var repeated = new Dictionary<int, List<DeclarationRun>>();
        var declaring = new List<DeclarationRun>();
        foreach (var hash in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            declaring.Clear();
            var count = 0;
            foreach (var part in index.PartsDeclaring(hash))
            {
                if (!gone.Contains(part))
                {
                    foreach (var run in part == 0 ? index.Infrastructure.UserDeclarations : index.Files[part - 1].UserDeclarations)
                    {
                        Declaring(run);
                    }
                }
            }

            if (added.TryGetValue(hash, out var addedRuns))
            {
                foreach (var run in addedRuns)
                {
                    Declaring(run);
                }
            }

            if (count > 1)
            {
                repeated.Add(hash, [.. declaring]); // most candidates are not: an edited file's users, each declared once
            }

            void Declaring(DeclarationRun run)
            {
                if (run.Count(hash) is var declared and > 0)
                {
                    declaring.Add(run);
                    count += declared;
                }
            }
        }

        return repeated;
    }

    // The index kept for this infrastructure, or a new one when none is yet (the second analysis),
    // or when the users files changed too much since it was built for the lookups to stay fewer
    // than building it again. The files it was built from stay alive with it: an eighth of them at
    // most are stale.
    private static DeclarationIndex IndexFor(Infrastructure infrastructure, IReadOnlyList<UserList> files, Kept kept)
    {
        if (Volatile.Read(ref kept.Index) is { } index)
        {
            var current = new HashSet<UserList>(files);
            var changed = files.Count(file => !index.Indexes(file)) + index.Files.Count(file => !current.Contains(file));
            if (changed <= System.Math.Max(8, files.Count / 8))
            {
                return index;
            }
        }

        var built = new DeclarationIndex(infrastructure, files);
        Volatile.Write(ref kept.Index, built);
        return built;
    }

    /// <summary>What is kept of an infrastructure analysed before: its index, once a second analysis has built it.</summary>
    private sealed class Kept
    {
        public DeclarationIndex? Index;
    }
}
