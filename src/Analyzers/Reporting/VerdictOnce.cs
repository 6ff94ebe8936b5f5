using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Extraction;

namespace XmppTopology.Analyzers.Reporting;

/// <summary>
/// One compilation's verdict, computed once, on first demand, by the callbacks that need it. The
/// compiler runs the trees' callbacks on several threads and every one needs the whole verdict:
/// the callbacks share its work instead of one doing it while the others wait (the driver counts
/// a callback's waiting as our analyzer's time, and a waiting thread does no work of the build).
/// Each step's items are claimed one at a time by whichever callback is free: every tree's
/// declarations hashed, then every tree's facts read; one callback joins the infrastructure; the
/// users files checked; on the first analysis of an infrastructure, the parts of TOPO006's merge;
/// one callback finishes.
/// A cancelled computation is not kept: the next caller redoes what it left.
/// </summary>
internal sealed class VerdictOnce(Compilation compilation, bool readUserListsWithoutBinding)
{
    // Looked up by the first callback, not when the compilation starts: the lookup binds the
    // references and declares every tree, which the compiler has done by the time any tree's
    // semantic model is analysed, and would otherwise be done in our callback, counted as ours.
    private readonly Lazy<DslSymbols?> _dsl = new(() => DslSymbols.Find(compilation));
    // Longest first, so that no callback is left reading a long tree while the others wait for it.
    private readonly SyntaxTree[] _trees = [.. compilation.SyntaxTrees.OrderByDescending(tree => tree.Length)];
    private readonly object _gate = new();
    private readonly Shared _hashing = new();
    private readonly Shared _reading = new();
    private readonly Shared _checking = new();
    private readonly Shared _merging = new();
    private CompilationVerdict.Join? _join;
    private CompilationVerdict? _verdict;

    public CompilationVerdict Get(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _verdict) is { } verdict)
        {
            return verdict;
        }

        if (_dsl.Value is not { } dsl)
        {
            return CompilationVerdict.None; // a reference named as the DSL that is not the DSL
        }

        // Every tree's declarations are hashed before any tree is read: reading needs the
        // compilation's version (DeclarationVersion), and the callbacks share the hashing too.
        _hashing.Run(_trees.Length, index => DeclarationHash.Of(_trees[index], cancellationToken));
        _hashing.WaitForClaimed(_trees.Length, cancellationToken);
        _reading.Run(_trees.Length, index => Read(_trees[index], dsl, cancellationToken));
        var join = JoinOnce(dsl, cancellationToken);
        _checking.Run(join.UsersFiles.Count, join.Check);
        if (join.MergeParts > 0)
        {
            // TOPO006's merge reads every users file's check: the last ones claimed end first.
            _checking.WaitForClaimed(join.UsersFiles.Count, cancellationToken);
            _merging.Run(join.MergeParts, join.Merge);
        }

        lock (_gate)
        {
            _checking.WaitForClaimed(join.UsersFiles.Count, cancellationToken);
            _merging.WaitForClaimed(join.MergeParts, cancellationToken);
            return _verdict ??= join.Finish(cancellationToken);
        }
    }

    private CompilationVerdict.Join JoinOnce(DslSymbols dsl, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_join is { } join)
            {
                return join;
            }

            // Trees claimed by other callbacks are being read: the join waits for them, not to read them twice.
            _reading.WaitForClaimed(_trees.Length, cancellationToken);
            return _join = CompilationVerdict.Join.Prepare(compilation, dsl, readUserListsWithoutBinding, cancellationToken);
        }
    }

    private void Read(SyntaxTree tree, DslSymbols dsl, CancellationToken cancellationToken)
    {
#pragma warning disable RS1030 // Cross-file rules need the facts of every tree; they are cached per tree, so each is read once.
        TreeFactsCache.Get(tree, dsl, compilation, () => compilation.GetSemanticModel(tree), cancellationToken, readUserListsWithoutBinding);
#pragma warning restore RS1030
    }

    /// <summary>Items of one step, each claimed by one thread; what a thread left (cancelled) is done again later.</summary>
    private sealed class Shared
    {
        private int _claimed;
        private int _done;

        public void Run(int count, Action<int> work)
        {
            int index;
            while ((index = Interlocked.Increment(ref _claimed) - 1) < count)
            {
                try
                {
                    work(index);
                }
                finally
                {
                    Interlocked.Increment(ref _done);
                }
            }
        }

        // Each claimed item ends, done or thrown (finally above).
        public void WaitForClaimed(int count, CancellationToken cancellationToken)
        {
            var wait = new SpinWait();
            while (Volatile.Read(ref _done) < count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                wait.SpinOnce();
            }
        }
    }
}
