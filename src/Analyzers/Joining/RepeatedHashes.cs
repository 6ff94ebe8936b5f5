using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// The SIP address hashes that more than one declaration of these runs has, each with the runs
/// that declare it: a merge of the runs' sorted hashes, without a table of every user. What the
/// first analysis of an infrastructure uses (a build analyses once); the compilations that follow
/// it, an editor's, look their users up in a <see cref="DeclarationIndex"/> instead. The merge is
/// cut into parts, each a range of hashes, so that several threads can share it.
/// </summary>
internal static class RepeatedHashes
{
    /// <summary>How many parts (ranges of hashes) the merge is cut into.</summary>
    public const int Parts = 16;

    private const int PartBits = 4; // Parts is 2 to this power

    /// <summary>The repeated hashes of one part, in order, with the runs that declare each, in the order given.</summary>
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    public static List<RepeatedHash> In(IReadOnlyList<DeclarationRun> runs, int part)
    {
        // Each run's hashes in this part's range: runs are sorted, so a range is a slice.
        var (slices, ends) = (new List<DeclarationRun>(runs.Count), new List<int>(runs.Count));
        var heads = new Heads(runs.Count);
        foreach (var run in runs)
        {
            var (start, end) = (run.StartOf(Lowest(part)), part == Parts - 1 ? run.Count() : run.StartOf(Lowest(part + 1)));
            if (start < end)
            {
                heads.Push(slices.Count, start, run.HashAt(start));
                slices.Add(run);
                ends.Add(end);
            }
        }

        var repeated = new List<RepeatedHash>();
        var declaring = new List<int>(); // by slice
        while (heads.Count > 0)
        {
            // Every run whose next hash is the smallest: its declarations of that hash, then on.
            var hash = heads.SmallestHash;
            var count = 0;
            declaring.Clear();
            while (heads.Count > 0 && heads.SmallestHash == hash)
            {
                var (slice, position) = heads.Pop();
                var (run, end) = (slices[slice], position + 1);
                while (end < ends[slice] && run.HashAt(end) == hash)
                {
                    end++;
                }

                declaring.Add(slice);
                count += end - position;
                if (end < ends[slice])
                {
                    heads.Push(slice, end, run.HashAt(end));
                }
            }

            if (count > 1)
            {
                // A hash's runs in the order given, whatever order the heap gave them up in.
                declaring.Sort();
                repeated.Add(new RepeatedHash(hash, declaring.ConvertAll(slice => slices[slice])));
            }
        }

        return repeated;
    }

    // The lowest hash of a part: parts cut the ints, in their order, into equal ranges.
    private static int Lowest(int part) => unchecked((int)(((uint)part << (32 - PartBits)) ^ 0x8000_0000u));

    /// <summary>
    /// Each run's place in its hashes, the run whose next hash is smallest first: a binary heap
    /// of at most one entry a run, in arrays of integers (the run by its index), so that moving an
    /// entry copies no reference. Each entry keeps its hash, so ordering compares integers it holds.
    /// </summary>
    private sealed class Heads
    {
        private readonly int[] _hashes;
        private readonly int[] _runs;
        private readonly int[] _positions;

        public Heads(int capacity) =>
            (_hashes, _runs, _positions) = (new int[capacity], new int[capacity], new int[capacity]);

        public int Count { get; private set; }

        public int SmallestHash => _hashes[0];

        [MethodImpl(HotLoop.OptimizedAtOnce)]
        public void Push(int run, int position, int hash)
        {
            // Up from the new last place, moving larger parents down into the hole.
            var child = Count++;
            while (child > 0 && _hashes[(child - 1) / 2] > hash)
            {
                var parent = (child - 1) / 2;
                Move(parent, child);
                child = parent;
            }

            (_hashes[child], _runs[child], _positions[child]) = (hash, run, position);
        }

        [MethodImpl(HotLoop.OptimizedAtOnce)]
        public (int Run, int Position) Pop()
        {
            var top = (_runs[0], _positions[0]);
            var last = --Count;
            var hash = _hashes[last];

            // Down from the root, moving the smaller child up into the hole, until the last entry fits.
            var parent = 0;
            for (var child = 1; child < last; child = (2 * parent) + 1)
            {
                child += child + 1 < last && _hashes[child + 1] < _hashes[child] ? 1 : 0;
                if (_hashes[child] >= hash)
                {
                    break;
                }

                Move(child, parent);
                parent = child;
            }

            (_hashes[parent], _runs[parent], _positions[parent]) = (hash, _runs[last], _positions[last]);
            return top;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Move(int from, int to) =>
            (_hashes[to], _runs[to], _positions[to]) = (_hashes[from], _runs[from], _positions[from]);
    }
}
