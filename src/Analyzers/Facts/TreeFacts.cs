using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// Everything one syntax tree says about topologies, as plain data: no symbols, no semantic
/// model, so it can be cached per tree and reused across compilations while the tree is unchanged.
/// </summary>
internal sealed record TreeFacts(
    SyntaxTree Tree,
    string DslIdentity,
    ImmutableArray<CallFact> Calls,
    ImmutableArray<EdgeFact> Edges,
    ImmutableArray<DefinitionFact> Definitions)
{
    public bool IsEmpty => Calls.IsEmpty && Edges.IsEmpty && Definitions.IsEmpty;
}
