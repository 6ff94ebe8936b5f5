using System.Collections.Generic;
using System.Threading;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// Which parts of a compilation declare users of each topology and SIP address hash (part 0 the
/// infrastructure, part <c>i + 1</c> users file <c>i</c>), and which of them are declared more
/// than once. Built once over every user, then kept while the infrastructure is the same: after
/// an edit in a users file, TOPO006 looks up that file's users here, and the users declared more
/// than once before, instead of every user again (<see cref="Reporting.Topo006DuplicateUsers"/>).
/// </summary>
internal sealed class DeclarationIndex
{
    private const int Several = -1;

    // Many small tables rather than one large one: for a million users, one table's arrays would
    // be tens of megabytes on the large-object heap, whose collections the analyzer avoids
    // bringing on (docs/performance.md).
    private const int PartitionBits = 10;

    private static long _builds;

    private readonly Dictionary<long, int>?[] _partitions = new Dictionary<long, int>?[1 << PartitionBits];
    private readonly Dictionary<long, List<int>> _several = [];
    private readonly HashSet<UserList> _files;

    public DeclarationIndex(Infrastructure infrastructure, IReadOnlyList<UserList> files)
    {
        Interlocked.Increment(ref _builds);
        Infrastructure = infrastructure;
        Files = files;
        _files = new HashSet<UserList>(files);
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

    /// <summary>The keys of the users declared more than once, by one part or by several.</summary>
    public HashSet<long> Repeated { get; } = [];

    /// <summary>The key of a topology's users whose SIP addresses have this hash.</summary>
    public static long Key(int topology, int hash) => ((long)topology << 32) | (uint)hash;

    /// <summary>The topology and the hash of a key.</summary>
    public static (int Topology, int Hash) Split(long key) => ((int)(key >> 32), unchecked((int)key));

    /// <summary>Whether this users file is one of those indexed.</summary>
    public bool Indexes(UserList file) => _files.Contains(file);

    /// <summary>The parts that declare users of this key, in part order.</summary>
    public IReadOnlyList<int> PartsDeclaring(long key)
    {
        if (Partition(key) is not { } partition || !partition.TryGetValue(key, out var part))
        {
            return [];
        }

        return part == Several ? _several[key] : [part];
    }

    private Dictionary<long, int>? Partition(long key) => _partitions[(int)(key & ((1 << PartitionBits) - 1))];

    // Parts are added in order, so a part declaring a key again is the last one listed for it.
    private void Add(int part, IReadOnlyList<DeclarationRun> runs)
    {
        foreach (var run in runs)
        {
            foreach (var (hash, count) in run.Hashes())
            {
                var key = Key(run.Topology, hash);
                var partition = _partitions[(int)(key & ((1 << PartitionBits) - 1))] ??= [];
                if (count > 1)
                {
                    Repeated.Add(key);
                }

                if (!partition.TryGetValue(key, out var declaring))
                {
                    partition.Add(key, part);
                    continue;
                }

                Repeated.Add(key);
                if (declaring == Several && _several[key] is var parts && parts[parts.Count - 1] != part)
                {
                    parts.Add(part);
                }
                else if (declaring != Several && declaring != part)
                {
                    _several[key] = [declaring, part];
                    partition[key] = Several;
                }
            }
        }
    }
}
