using System.Collections.Generic;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// The SIP address hashes that more than one declaration of these runs has, each with the runs
/// that declare it: a merge of the runs' sorted hashes, without a table of every user. What the
/// first analysis of an infrastructure uses (a build analyses once); the compilations that follow
/// it, an editor's, look their users up in a <see cref="DeclarationIndex"/> instead.
/// </summary>
internal static class RepeatedHashes
{
    public static Dictionary<int, List<DeclarationRun>> In(IEnumerable<DeclarationRun> runs)
    {
        var heads = new Heads();
        foreach (var run in runs)
        {
            if (run.Count() > 0)
            {
                heads.Push(run, 0);
            }
        }

        var repeated = new Dictionary<int, List<DeclarationRun>>();
        var declaring = new List<DeclarationRun>();
        while (heads.Count > 0)
        {
            // Every run whose next hash is the smallest: its declarations of that hash, then on.
            var hash = heads.SmallestHash;
            var count = 0;
            declaring.Clear();
            while (heads.Count > 0 && heads.SmallestHash == hash)
            {
                var (run, position) = heads.Pop();
                var end = position + 1;
                while (end < run.Count() && run.HashAt(end) == hash)
                {
                    end++;
                }

                declaring.Add(run);
                count += end - position;
                if (end < run.Count())
                {
                    heads.Push(run, end);
                }
            }

            if (count > 1)
            {
                repeated.Add(hash, [.. declaring]);
            }
        }

        return repeated;
    }

    /// <summary>
    /// Each run's place in its hashes, the run whose next hash is smallest first: a binary heap.
    /// Each entry keeps its hash, so that ordering the heap compares integers it holds.
    /// </summary>
    private sealed class Heads
    {
        private readonly List<(int Hash, DeclarationRun Run, int Position)> _heap = [];

        public int Count => _heap.Count;

        public int SmallestHash => _heap[0].Hash;

        public void Push(DeclarationRun run, int position)
        {
            _heap.Add((run.HashAt(position), run, position));
            for (var child = _heap.Count - 1; child > 0;)
            {
                var parent = (child - 1) / 2;
                if (_heap[parent].Hash <= _heap[child].Hash)
                {
                    break;
                }

                (_heap[parent], _heap[child]) = (_heap[child], _heap[parent]);
                child = parent;
            }
        }

        public (DeclarationRun Run, int Position) Pop()
        {
            var top = _heap[0];
            _heap[0] = _heap[_heap.Count - 1];
            _heap.RemoveAt(_heap.Count - 1);
            for (var parent = 0; ;)
            {
                var (left, right, smallest) = (2 * parent + 1, 2 * parent + 2, parent);
                smallest = left < _heap.Count && _heap[left].Hash < _heap[smallest].Hash ? left : smallest;
                smallest = right < _heap.Count && _heap[right].Hash < _heap[smallest].Hash ? right : smallest;
                if (smallest == parent)
                {
                    return (top.Run, top.Position);
                }

                (_heap[parent], _heap[smallest]) = (_heap[smallest], _heap[parent]);
                parent = smallest;
            }
        }
    }
}
