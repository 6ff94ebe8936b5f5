using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// Facts per syntax tree, kept as long as the tree lives. An editor reuses the trees of unchanged
/// documents in each new compilation, so an edit re-reads only the edited document. Facts hold
/// no symbols: values from other trees are joined afresh on every compilation.
/// </summary>
internal static class TreeFactsCache
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeFacts> Cache = new();
    private static long _extractions;

    /// <summary>How many trees have been read since the process started: what tests and benchmarks watch.</summary>
    public static long Extractions => Interlocked.Read(ref _extractions);

    public static TreeFacts Get(SyntaxTree tree, DslSymbols dsl, Func<SemanticModel> model, CancellationToken cancellationToken, bool readUserListsWithoutBinding = true)
    {
        if (Cache.TryGetValue(tree, out var cached) && cached.DslIdentity == dsl.Identity)
        {
            return cached;
        }

        var facts = TreeFactsExtractor.Extract(model(), dsl, cancellationToken, readUserListsWithoutBinding);
        Interlocked.Increment(ref _extractions);
        lock (Cache)
        {
            Cache.Remove(tree);
            Cache.Add(tree, facts);
        }

        return facts;
    }
}
