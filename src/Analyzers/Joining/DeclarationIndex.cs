using System.Collections.Generic;
using System.Threading;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// Which parts of a compilation declare users whose SIP addresses have each hash (part 0 the
/// infrastructure, part <c>i + 1</c> users file <c>i</c>), and which hashes are declared more than
/// once. Built once over every user, then kept while the infrastructure is the same: after an
/// edit in a users file, TOPO006 looks up that file's users here, and the hashes declared more than
/// once before, instead of every user again (<see cref="Reporting.Topo006DuplicateUsers"/>).
/// </summary>
internal sealed class DeclarationIndex
{
    private const int Several = -1;

    // Tables of at most about 4,096 hashes each (64 KB of entries): for a million users, one table's
    // arrays would be tens of megabytes on the large-object heap, whose collections the analyzer
    // avoids bringing on (docs/performance.md). Each is made at its final size: no garbage from growing.
    private const int HashesPerPartition = 4096;

    private static long _builds;

    private readonly Dictionary<int, int>[] _partitions;
    private readonly int _partitionMask;
    private readonly Dictionary<int, List<int>> _several = [];
    private readonly HashSet<UserList> _files;

    public DeclarationIndex(Infrastructure infrastructure, IReadOnlyList<UserList> files)
    {
        Interlocked.Increment(ref _builds);
        Infrastructure = infrastructure;
        Files = files;
        _files = new HashSet<UserList>(files);

        var declarations = Count(infrastructure.UserDeclarations);
        foreach (var file in files)
        {
            declarations += Count(file.UserDeclarations);
        }

        var partitions = 1;
        while (partitions < 1024 && partitions * HashesPerPartition < declarations)
        {
            partitions *= 2;
        }

        (_partitions, _partitionMask) = (new Dictionary<int, int>[partitions], partitions - 1);
        for (var partition = 0; partition < partitions; partition++)
        {
            _partitions[partition] = new Dictionary<int, int>(declarations / partitions + (declarations / partitions / 8) + 1);
        }

        Add(0, infrastructure.UserDeclarations);
        for (var file = 0; file < files.Count; file++)
        {
            Add(file + 1, files[file].UserDeclarations);
        }
    }

    /// <summary>How many indexes have been built since the process started: what tests and benchmarks watch.</summary>
    public static long Builds => Interlocked.Read(ref _builds);

    public Infrastructure Infrastructure { get; }

    /// <summary>The users files indexed, part <c>i + 1</c> being file <c>i</c>.</summary>
    public IReadOnlyList<UserList> Files { get; }

    /// <summary>The hashes of the SIP addresses declared more than once, by one part or by several, in any topology.</summary>
    public HashSet<int> Repeated { get; } = [];

    /// <summary>Whether this users file is one of those indexed.</summary>
    public bool Indexes(UserList file) => _files.Contains(file);

    /// <summary>The parts that declare users whose SIP addresses have this hash, in part order.</summary>
    public IReadOnlyList<int> PartsDeclaring(int hash)
    {
        if (!_partitions[hash & _partitionMask].TryGetValue(hash, out var part))
        {
            return [];
        }

        return part == Several ? _several[hash] : [part];
    }

    private static int Count(IReadOnlyList<DeclarationRun> runs)
    {
        var count = 0;
        foreach (var run in runs)
        {
            count += run.Count();
        }

        return count;
    }

    // Parts are added in order, so a part declaring a hash again is the last one listed for it.
    private void Add(int part, IReadOnlyList<DeclarationRun> runs)
    {
        foreach (var run in runs)
        {
            foreach (var (hash, count) in run.Hashes())
            {
                var partition = _partitions[hash & _partitionMask];
                if (count > 1)
                {
                    Repeated.Add(hash);
                }

                if (!partition.TryGetValue(hash, out var declaring))
                {
                    partition.Add(hash, part);
                    continue;
                }

                Repeated.Add(hash);
                if (declaring == Several && _several[hash] is var parts && parts[parts.Count - 1] != part)
                {
                    parts.Add(part);
                }
                else if (declaring != Several && declaring != part)
                {
                    _several[hash] = [declaring, part];
                    partition[hash] = Several;
                }
            }
        }
    }
}
