using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// The SIP address hashes that more than one declaration of these runs has, each with the runs
/// that declare it: the hashes counted in a table, without a table of every user. What the first
/// analysis of an infrastructure uses (a build analyses once); the compilations that follow it,
/// an editor's, look their users up in a <see cref="DeclarationIndex"/> instead. The work is cut
/// into parts, each a range of hashes, so that several threads can share it.
/// </summary>
internal static class RepeatedHashes
{
    /// <summary>How many parts (ranges of hashes) the work is cut into.</summary>
    public const int Parts = 16;

    private const int PartBits = 4; // Parts is 2 to this power

    /// <summary>The repeated hashes of one part, in order, with the runs that declare each, in the order given.</summary>
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    public static List<RepeatedHash> In(IReadOnlyList<DeclarationRun> runs, int part)
    {
        // Each run's hashes in this part's range: runs are sorted, so a range is a slice.
        var (starts, ends, total) = (new int[runs.Count], new int[runs.Count], 0);
        for (var index = 0; index < runs.Count; index++)
        {
            var run = runs[index];
            (starts[index], ends[index]) = (run.StartOf(Lowest(part)), part == Parts - 1 ? run.Count() : run.StartOf(Lowest(part + 1)));
            total += ends[index] - starts[index];
        }

        var table = new HashCounts(total);
        for (var index = 0; index < runs.Count; index++)
        {
            for (var position = starts[index]; position < ends[index]; position++)
            {
                table.Add(runs[index].HashAt(position));
            }
        }

        var repeated = table.Repeated();
        if (repeated.Count == 0)
        {
            return repeated; // most parts of most topologies: nobody declared twice
        }

        // The runs that declare each repeated hash, walked in the order given; a run's own
        // repetitions of a hash are next to each other.
        for (var index = 0; index < runs.Count; index++)
        {
            for (var position = starts[index]; position < ends[index]; position++)
            {
                var hash = runs[index].HashAt(position);
                if ((position == starts[index] || runs[index].HashAt(position - 1) != hash) && table.RepeatedAt(hash) is { } number)
                {
                    repeated[number].Runs.Add(runs[index]);
                }
            }
        }

        return repeated;
    }

    // The lowest hash of a part: parts cut the ints, in their order, into equal ranges.
    private static int Lowest(int part) => unchecked((int)(((uint)part << (32 - PartBits)) ^ 0x8000_0000u));

    /// <summary>
    /// How many declarations have each hash of one part: open addressing in two arrays of
    /// integers, at most half full, sized once. Written by hand, as a Dictionary&lt;int, int&gt; with
    /// less work per hash (no buckets and entries, no modulo) whose slots then number the repeated
    /// hashes, so that the second walk finds a hash's list in the same probe.
    /// </summary>
    private sealed class HashCounts
    {
        private readonly int[] _hashes;
        private readonly int[] _counts; // 0: a free slot; then, once repeated hashes are numbered, below 0: −1 − that number
        private readonly int _shift;

        public HashCounts(int hashes)
        {
            var bits = 4;
            while ((1 << bits) < 2 * hashes)
            {
                bits++;
            }

            (_hashes, _counts, _shift) = (new int[1 << bits], new int[1 << bits], 32 - bits);
        }

        [MethodImpl(HotLoop.OptimizedAtOnce)]
        public void Add(int hash)
        {
            var slot = SlotOf(hash);
            _hashes[slot] = hash;
            _counts[slot]++;
        }

        /// <summary>The hashes counted more than once, in order, numbered: each with no run yet.</summary>
        public List<RepeatedHash> Repeated()
        {
            var hashes = new List<int>();
            for (var slot = 0; slot < _counts.Length; slot++)
            {
                if (_counts[slot] > 1)
                {
                    hashes.Add(_hashes[slot]);
                }
            }

            hashes.Sort();
            var repeated = new List<RepeatedHash>(hashes.Count);
            foreach (var hash in hashes)
            {
                _counts[SlotOf(hash)] = -1 - repeated.Count;
                repeated.Add(new RepeatedHash(hash, []));
            }

            return repeated;
        }

        /// <summary>The number <see cref="Repeated"/> gave this hash; null for a hash counted once.</summary>
        [MethodImpl(HotLoop.OptimizedAtOnce)]
        public int? RepeatedAt(int hash)
        {
            var count = _counts[SlotOf(hash)];
            return count < 0 ? -1 - count : null;
        }

        // The hash's slot, or the free slot where it goes: Fibonacci hashing spreads the part's
        // hashes (which share their top bits) over the table, then the next slot, and on.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int SlotOf(int hash)
        {
            var slot = (int)(unchecked((uint)hash * 2654435769u) >> _shift);
            while (_counts[slot] != 0 && _hashes[slot] != hash)
            {
                slot = (slot + 1) & (_counts.Length - 1);
            }

            return slot;
        }
    }
}
