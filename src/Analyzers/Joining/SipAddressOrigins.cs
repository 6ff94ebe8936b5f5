using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// Where each SIP address of a <see cref="UserGroup"/> is written, made when a user is: a team of
/// fifty is read for every build, and its users made only when one is reported or compared.
/// Either each item of the list the call is given (in the call, or in the field or property that
/// holds it), or one place for all (the call's argument, or the call).
/// </summary>
internal sealed class SipAddressOrigins : IReadOnlyList<Origin>
{
    private readonly string _path;
    private readonly ImmutableArray<TextSpan> _items;
    private readonly Origin? _everyOne;

    private SipAddressOrigins(string path, ImmutableArray<TextSpan> items, Origin? everyOne, int count) =>
        (_path, _items, _everyOne, Count) = (path, items, everyOne, count);

    /// <summary>Each address at its item's span in a list, in the tree at <paramref name="path"/>.</summary>
    public static SipAddressOrigins OfItems(string path, ImmutableArray<TextSpan> items) => new(path, items, null, items.Length);

    /// <summary>All <paramref name="count"/> addresses at one place.</summary>
    public static SipAddressOrigins AllAt(Origin origin, int count) => new(origin.Path, ImmutableArray<TextSpan>.Empty, origin, count);

    public int Count { get; }

    public Origin this[int index] => _everyOne ?? new Origin(_path, _items[index].Start, _items[index].Length);

    public IEnumerator<Origin> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
