using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// Facts per syntax tree, kept as long as the tree lives and no tree's declarations change
/// (<see cref="DeclarationVersion"/>). An editor reuses the trees of unchanged documents in each
/// new compilation, so an edit inside a method body re-reads only the edited document. Facts hold
/// no symbols, and values declared in other trees stay symbolic: they are joined afresh on every
/// compilation. What the binder made of a name (which member, a field or a property, which
/// helper a builder is handed to) depends on other trees' declarations, so an edit of any
/// declaration reads every tree again: a verdict is never left stale by an edit elsewhere.
/// </summary>
internal static class TreeFactsCache
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeFacts> Cache = new();
    private static long _extractions;

    /// <summary>How many trees have been read since the process started: what tests and benchmarks watch.</summary>
    public static long Extractions => Interlocked.Read(ref _extractions);

    public static TreeFacts Get(SyntaxTree tree, DslSymbols dsl, Compilation compilation, Func<SemanticModel> model, CancellationToken cancellationToken, bool readUserListsWithoutBinding = true)
    {
        var version = DeclarationVersion.Of(compilation, cancellationToken);
        if (Cache.TryGetValue(tree, out var cached) && cached.DslIdentity == dsl.Identity && cached.DeclarationVersion == version)
        {
            return cached;
        }

        var facts = TreeFactsExtractor.Extract(model(), dsl, version, cancellationToken, readUserListsWithoutBinding);
        Interlocked.Increment(ref _extractions);
        lock (Cache)
        {
            Cache.Remove(tree);
            Cache.Add(tree, facts);
        }

        return facts;
    }
}
