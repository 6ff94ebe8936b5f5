using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Extraction;

namespace XmppTopology.Analyzers.Reporting;

/// <summary>
/// One compilation's verdict, computed once, on first demand, by the callbacks that need it. The
/// compiler runs the trees' callbacks on several threads and every one needs the whole verdict:
/// each callback first reads the facts of trees nobody has claimed yet, so the reading is shared
/// by the threads instead of done by the first while the others wait (the driver counts a
/// callback's waiting as our analyzer's time, and a waiting thread does no work of the build).
/// Only the join, once every tree is read, runs on one thread. A cancelled computation is not
/// kept: the next caller redoes what it left.
/// </summary>
internal sealed class VerdictOnce(Compilation compilation, DslSymbols dsl, bool readUserListsWithoutBinding)
{
    private readonly SyntaxTree[] _trees = compilation.SyntaxTrees.ToArray();
    private readonly object _gate = new();
    private int _claimed;
    private int _read;
    private CompilationVerdict? _verdict;

    public CompilationVerdict Get(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _verdict) is { } verdict)
        {
            return verdict;
        }

        ReadUnclaimedTrees(cancellationToken);
        lock (_gate)
        {
            // Trees claimed by other callbacks are being read: the join waits for them, not to
            // read them twice. Each claimed read ends, read or thrown (finally below).
            var wait = new SpinWait();
            while (_verdict is null && Volatile.Read(ref _read) < _trees.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                wait.SpinOnce();
            }

            return _verdict ??= CompilationVerdict.Compute(compilation, dsl, readUserListsWithoutBinding, cancellationToken);
        }
    }

    private void ReadUnclaimedTrees(CancellationToken cancellationToken)
    {
        int index;
        while ((index = Interlocked.Increment(ref _claimed) - 1) < _trees.Length)
        {
            try
            {
                var tree = _trees[index];
#pragma warning disable RS1030 // Cross-file rules need the facts of every tree; they are cached per tree, so each is read once.
                TreeFactsCache.Get(tree, dsl, compilation, () => compilation.GetSemanticModel(tree), cancellationToken, readUserListsWithoutBinding);
#pragma warning restore RS1030
            }
            finally
            {
                Interlocked.Increment(ref _read);
            }
        }
    }
}
