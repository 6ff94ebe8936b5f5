using System;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// One declaration of a user, as TOPO006 orders them: the user as its call declares it, when the
/// call runs, and the user's place among those the call declares (a Users list's item).
/// </summary>
internal readonly record struct UserDeclaration(User User, OrderKey When, int Item) : IComparable<UserDeclaration>
{
    /// <summary>The topology's number in <see cref="Infrastructure.Topologies"/>.</summary>
    public int Topology { get; init; }

    public int CompareTo(UserDeclaration other)
    {
        var byWhen = When.CompareTo(other.When);
        return byWhen != 0 ? byWhen : Item.CompareTo(other.Item);
    }
}
