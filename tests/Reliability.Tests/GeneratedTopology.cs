using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// A generated topology whose source holds values the analyzer cannot prove (a local written
/// again, a field assigned in a static constructor, a list changed after it is made). Each such
/// value is a marker in the template with the alternatives it could have: the first is what the
/// source says; the others are the worlds the analyzer cannot tell apart from it (the initializer
/// it might read, the other names in the code, a name no one uses, an empty list). A finding that
/// holds in every world is provable; one that does not depends on the unknown value.
/// </summary>
internal sealed record GeneratedTopology(IReadOnlyList<(string Path, string Source)> Template, ImmutableArray<UnknownValue> Unknowns)
{
    /// <summary>The source as written: every unknown at its first alternative.</summary>
    public IReadOnlyList<(string Path, string Source)> Files => Render(Unknowns.Select(_ => 0).ToArray());

    /// <summary>The unknowns still in the source (a minimizer may have removed the line that makes one unknown) and used by a DSL call there.</summary>
    public IEnumerable<int> Active => Enumerable.Range(0, Unknowns.Length).Where(k =>
        Template.Any(f => f.Source.Contains(Marker(k), StringComparison.Ordinal))
        && (Unknowns[k].Witness is not { } witness || Template.Any(f => f.Source.Contains(witness, StringComparison.Ordinal)))
        && Template.Any(f => f.Path == Unknowns[k].File && f.Source.Contains(Unknowns[k].Use, StringComparison.Ordinal)));

    public static string Marker(int index) => string.Create(CultureInfo.InvariantCulture, $"\u0001{index}\u0001");

    /// <summary>The source with unknown k at alternative choice[k].</summary>
    public IReadOnlyList<(string Path, string Source)> Render(IReadOnlyList<int> choice) =>
        [.. Template.Select(file => (file.Path, Enumerable.Range(0, Unknowns.Length).Aggregate(file.Source, (text, k) => text.Replace(Marker(k), Unknowns[k].Alternatives[choice[k]], StringComparison.Ordinal))))];

    /// <summary>Every combination of the active unknowns' alternatives, the source as written first.</summary>
    public IEnumerable<IReadOnlyList<int>> Worlds()
    {
        IEnumerable<int[]> worlds = [new int[Unknowns.Length]];
        foreach (var k in Active)
        {
            worlds = worlds.SelectMany(world => Enumerable.Range(0, Unknowns[k].Alternatives.Length).Select(a =>
            {
                var next = (int[])world.Clone();
                next[k] = a;
                return next;
            }));
        }

        return worlds;
    }
}

/// <summary>
/// An unknown value: its file, the text of its use in a DSL call, the value's own text there (where
/// TOPO005 belongs), its alternatives, and the text that makes it unknown when that is not the
/// marker's line (a local written again after its use: the marker is on its initializer).
/// </summary>
internal sealed record UnknownValue(string File, string Use, string Value, ImmutableArray<string> Alternatives, string? Witness = null);
