using System.Collections.Immutable;

namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// What one tree's code may change besides declaring it: read-only members written in the
/// constructors (or initializers) of their type, by type key and member name, and the names of
/// collections used otherwise than read. A definition that any tree may change is not known.
/// Read from syntax and the tree's own declarations, so it depends on that tree alone.
/// </summary>
internal sealed record Mutations(ImmutableHashSet<(string TypeKey, string Member)> WrittenByTheirType, ImmutableHashSet<string> CollectionsUsedBeyondReading)
{
    public static readonly Mutations None = new(ImmutableHashSet<(string, string)>.Empty, ImmutableHashSet<string>.Empty);

    public bool IsEmpty => WrittenByTheirType.IsEmpty && CollectionsUsedBeyondReading.IsEmpty;

    /// <summary>Whether this tree may change the member <paramref name="member"/> of the type <paramref name="typeKey"/>, holding a collection or not.</summary>
    public bool MayChange(string typeKey, string member, bool isCollection) =>
        WrittenByTheirType.Contains((typeKey, member)) || (isCollection && CollectionsUsedBeyondReading.Contains(member));
}
