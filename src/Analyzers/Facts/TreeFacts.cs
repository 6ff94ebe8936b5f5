using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Dsl;

namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// Everything one syntax tree says about topologies, as plain data: no symbols, no semantic
/// model, so it can be cached per tree and reused across compilations while the tree is unchanged
/// and so are the declarations it was bound against (<see cref="DeclarationVersion"/>).
/// </summary>
internal sealed record TreeFacts(
    SyntaxTree Tree,
    string DslIdentity,
    ulong DeclarationVersion,
    ImmutableArray<CallFact> Calls,
    ImmutableArray<EdgeFact> Edges,
    ImmutableArray<DefinitionFact> Definitions,
    Mutations Mutations,
    UserLines UserLines)
{
    public bool IsEmpty => Calls.IsEmpty && Edges.IsEmpty && Definitions.IsEmpty && Mutations.IsEmpty && UserLines.IsEmpty;

    /// <summary>
    /// The tree only lists users: each call declares a user on a builder handed in from elsewhere,
    /// or sets a user declared here; no hand-offs, no definitions, nothing changed. Such a tree changes nothing
    /// outside its own users, so its users are checked on their own (<c>UserList</c>). Only such a
    /// tree keeps <see cref="UserLines"/>; any other has them as calls.
    /// </summary>
    public bool ListsOnlyUsers { get; } = !(Calls.IsEmpty && UserLines.IsEmpty) && Edges.IsEmpty && Definitions.IsEmpty && Mutations.IsEmpty && Calls.All(call => IsUserListCall(call, Calls));

    private static bool IsUserListCall(CallFact call, ImmutableArray<CallFact> calls) =>
        call.Method.DeclaresUsers() ? call.Receiver is Instance.Parameter or Instance.Unknown
        : call.Method.SetsAUser() && call.Receiver is Instance.Created created && calls[created.Call].Method.DeclaresUsers();
}
