using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// One number for everything a tree's bound facts may depend on outside that tree: every tree's
/// declarations (<see cref="DeclarationHash"/>), the references and the assembly's name. Facts read through the binder are kept for a tree only while this is the same:
/// an edit inside a method body anywhere keeps every other tree's facts; an edit of a declaration
/// (a field turned into a property, a using added, a constant changed) reads them again.
/// </summary>
internal static class DeclarationVersion
{
    private static readonly ConditionalWeakTable<Compilation, object> Cache = new();

    /// <summary>The compilation's version, computed once per compilation.</summary>
    public static ulong Of(Compilation compilation, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(compilation, out var kept))
        {
            return (ulong)kept;
        }

        var computed = Compute(compilation, cancellationToken);
        return (ulong)Cache.GetValue(compilation, _ => computed);
    }

    private static ulong Compute(Compilation compilation, CancellationToken cancellationToken)
    {
        // Order-independent: the same trees give the same version in any order.
        ulong trees = 0;
        var count = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            trees += Spread(DeclarationHash.Of(tree, cancellationToken));
            count++;
        }

        var version = DeclarationHash.Mix(DeclarationHash.Mix(trees ^ 0x9E3779B97F4A7C15UL, compilation.AssemblyName ?? ""), count);
        foreach (var reference in compilation.ExternalReferences)
        {
            // The same reference object in an editor's next compilation; a rebuilt one is new.
            version = DeclarationHash.Mix(version, RuntimeHelpers.GetHashCode(reference));
        }

        return version;
    }

    // A sum of hashes that share structure could cancel out; spread each first (splitmix64's finalizer).
    private static ulong Spread(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
