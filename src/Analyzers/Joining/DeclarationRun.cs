using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// The users that one part of the compilation (the infrastructure, a users file) declares in one
/// topology, by the <see cref="Facts.SipAddressHash"/> of their SIP addresses: TOPO006 looks up
/// the declarations of one hash without making the others. Hashes are sorted, so those of one
/// address are together.
/// </summary>
internal abstract class DeclarationRun
{
    private readonly int[] _hashes;
    private readonly int[] _items;

    /// <param name="topology">The topology's number in <see cref="Infrastructure.Topologies"/>.</param>
    /// <param name="hashes">The SIP address hash of each declaration; sorted here, with <paramref name="items"/>.</param>
    /// <param name="items">What <see cref="Declaration"/> makes each declaration from.</param>
    protected DeclarationRun(int topology, int[] hashes, int[] items)
    {
        Array.Sort(hashes, items);
        (Topology, _hashes, _items) = (topology, hashes, items);
    }

    public int Topology { get; }

    /// <summary>Each hash once, with how many declarations have it.</summary>
    public IEnumerable<(int Hash, int Count)> Hashes()
    {
        for (var start = 0; start < _hashes.Length;)
        {
            var end = start + 1;
            while (end < _hashes.Length && _hashes[end] == _hashes[start])
            {
                end++;
            }

            yield return (_hashes[start], end - start);
            start = end;
        }
    }

    /// <summary>How many declarations there are.</summary>
    public int Count() => _hashes.Length;

    /// <summary>The hash at this position of the sorted hashes.</summary>
    public int HashAt(int position) => _hashes[position];

    /// <summary>The position of the first hash at or above <paramref name="hash"/> (<see cref="Count()"/> if none is).</summary>
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    public int StartOf(int hash)
    {
        var (low, high) = (0, _hashes.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = _hashes[middle] < hash ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>How many declarations have this hash.</summary>
    public int Count(int hash)
    {
        var (start, end) = Range(hash);
        return end - start;
    }

    /// <summary>Adds the declarations with this hash.</summary>
    public void AddDeclarations(int hash, List<UserDeclaration> declarations)
    {
        var (start, end) = Range(hash);
        for (var index = start; index < end; index++)
        {
            declarations.Add(Declaration(_items[index]) with { Topology = Topology });
        }
    }

    /// <summary>The declaration an item stands for, made on demand: most are never made.</summary>
    protected abstract UserDeclaration Declaration(int item);

    private (int Start, int End) Range(int hash)
    {
        var start = Array.BinarySearch(_hashes, hash);
        if (start < 0)
        {
            return (0, 0);
        }

        var end = start + 1;
        while (start > 0 && _hashes[start - 1] == hash)
        {
            start--;
        }

        while (end < _hashes.Length && _hashes[end] == hash)
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Declarations made already (the infrastructure's users, users declared by binding a file).</summary>
    public sealed class Made(int topology, IReadOnlyList<UserDeclaration> declarations)
        : DeclarationRun(topology, HashesOf(declarations), Indexes(declarations.Count))
    {
        protected override UserDeclaration Declaration(int item) => declarations[item];

        private static int[] HashesOf(IReadOnlyList<UserDeclaration> declarations)
        {
            var hashes = new int[declarations.Count];
            for (var index = 0; index < hashes.Length; index++)
            {
                hashes[index] = Facts.SipAddressHash.Of(declarations[index].User.SipAddress!);
            }

            return hashes;
        }
    }

    /// <summary>0, 1, … count − 1: each item its declaration's index.</summary>
    protected static int[] Indexes(int count)
    {
        var indexes = new int[count];
        for (var index = 0; index < count; index++)
        {
            indexes[index] = index;
        }

        return indexes;
    }
}
