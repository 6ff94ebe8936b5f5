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
/// users whose SIP addresses hash alike are compared, and after an edit in a users file only that
/// file's users and those declared more than once before are looked up (<see cref="DeclarationIndex"/>).
/// A SIP address not known at compile time (TOPO005) is compared with nothing.
/// </summary>
internal static class Topo006DuplicateUsers
{
    private static readonly ConditionalWeakTable<Infrastructure, DeclarationIndex> Kept = new();

    /// <summary>The TOPO006 diagnostics of a compilation: its infrastructure, and its users files in path order.</summary>
    public static IReadOnlyList<Diagnostic> Report(Infrastructure infrastructure, IReadOnlyList<UserList> files, CancellationToken cancellationToken)
    {
        var current = new HashSet<UserList>(files);
        var index = IndexFor(infrastructure, files, current);
        var gone = new HashSet<int>(Enumerable.Range(0, index.Files.Count).Where(file => !current.Contains(index.Files[file])).Select(file => file + 1));

        // What may be declared twice now: what was before, and what the files not indexed declare.
        var candidates = new HashSet<long>(index.Repeated);
        var added = new Dictionary<long, List<DeclarationRun>>();
        foreach (var run in files.Where(file => !index.Indexes(file)).SelectMany(file => file.UserDeclarations))
        {
            foreach (var (hash, _) in run.Hashes())
            {
                var key = DeclarationIndex.Key(run.Topology, hash);
                candidates.Add(key);
                if (!added.TryGetValue(key, out var runs))
                {
                    added[key] = runs = [];
                }

                runs.Add(run);
            }
        }

        var diagnostics = new List<Diagnostic>();
        var declarations = new List<UserDeclaration>();
        Dictionary<string, SyntaxTree>? usersFiles = null; // made for the first finding
        foreach (var key in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (topology, hash) = DeclarationIndex.Split(key);
            var runs = index.PartsDeclaring(key)
                .Where(part => !gone.Contains(part))
                .SelectMany(part => part == 0 ? infrastructure.UserDeclarations : index.Files[part - 1].UserDeclarations)
                .Where(run => run.Topology == topology)
                .Concat(added.TryGetValue(key, out var addedRuns) ? addedRuns : [])
                .ToList();
            if (runs.Sum(run => run.Count(hash)) < 2)
            {
                continue;
            }

            declarations.Clear();
            foreach (var run in runs)
            {
                run.AddDeclarations(hash, declarations);
            }

            // As the runtime: in the order they run, each SIP address's first declaration stays.
            declarations.Sort();
            var part = infrastructure.Topologies[topology];
            var first = new Dictionary<string, User>(Topo006DuplicateUser.SipAddresses);
            foreach (var declaration in declarations)
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

        return diagnostics;

        Location? Locate(Origin? origin)
        {
            usersFiles ??= files.GroupBy(file => file.Tree.FilePath).ToDictionary(same => same.Key, same => same.First().Tree);
            return origin is not null && usersFiles.TryGetValue(origin.Path, out var tree)
                ? Location.Create(tree, new TextSpan(origin.Start, origin.Length))
                : infrastructure.LocationOf(origin);
        }
    }

    // The index kept for this infrastructure, or a new one when none is, or when the users files
    // changed too much since it was built for the lookups to stay fewer than building it again.
    // The files it was built from stay alive with it: an eighth of them at most are stale.
    private static DeclarationIndex IndexFor(Infrastructure infrastructure, IReadOnlyList<UserList> files, HashSet<UserList> current)
    {
        if (Kept.TryGetValue(infrastructure, out var kept))
        {
            var changed = files.Count(file => !kept.Indexes(file)) + kept.Files.Count(file => !current.Contains(file));
            if (changed <= System.Math.Max(8, files.Count / 8))
            {
                return kept;
            }
        }

        var built = new DeclarationIndex(infrastructure, files);
        lock (Kept)
        {
            Kept.Remove(infrastructure);
            Kept.Add(infrastructure, built);
        }

        return built;
    }
}
