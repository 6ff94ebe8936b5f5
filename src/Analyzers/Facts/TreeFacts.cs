using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

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

    // The facts with the lines as calls, made once for a users file that joins the infrastructure.
    private static readonly ConditionalWeakTable<TreeFacts, TreeFacts> LinesAsCalls = new();

    /// <summary>
    /// The tree only lists users: all it says is in its <see cref="UserLines"/> (each declares users
    /// on a builder handed in from elsewhere, and makes each setting at most once), and its
    /// definitions, if any, are its own lists (the teams' SIP addresses); no hand-offs, nothing
    /// changed. Such a tree changes nothing outside its own users, so its users are checked on
    /// their own (<c>UserList</c>) unless another tree names one of its definitions (then it joins
    /// the infrastructure, <see cref="WithLinesAsCalls"/>). Only such a tree keeps
    /// <see cref="UserLines"/>; any other has them as calls.
    /// </summary>
    public bool ListsOnlyUsers { get; } = Calls.IsEmpty && !UserLines.IsEmpty && Edges.IsEmpty && Mutations.IsEmpty;

    /// <summary>The fields and properties this tree's values name, by key (what decides whether another tree depends on a users file's definitions).</summary>
    public ImmutableArray<string> ReferencedKeys { get; } = KeysNamed(Calls, Definitions, UserLines);

    /// <summary>
    /// These facts as the infrastructure reads them: the lines as calls (named by index, after the
    /// calls, whose order is by span). The same object for the same facts.
    /// </summary>
    public TreeFacts WithLinesAsCalls(CancellationToken cancellationToken = default)
    {
        if (UserLines.IsEmpty)
        {
            return this;
        }

        if (LinesAsCalls.TryGetValue(this, out var made))
        {
            return made;
        }

        var calls = Calls.AddRange(UserLines.ToCalls(Calls.Length, Extraction.UserListLexer.Flat(Tree.GetText(cancellationToken))));
        return LinesAsCalls.GetValue(this, _ => new TreeFacts(Tree, DslIdentity, DeclarationVersion, calls, Edges, Definitions, Mutations, UserLines.None));
    }

    private static ImmutableArray<string> KeysNamed(ImmutableArray<CallFact> calls, ImmutableArray<DefinitionFact> definitions, UserLines lines)
    {
        var keys = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var call in calls)
        {
            foreach (var argument in call.Arguments)
            {
                AddKeys(argument, keys);
            }
        }

        foreach (var definition in definitions)
        {
            AddKeys(definition.Value, keys);
        }

        foreach (var value in lines.Values)
        {
            switch (value)
            {
                case PoolHandleKey handle:
                    keys.Add(handle.SymbolKey);
                    break;
                case Value bound:
                    AddKeys(bound, keys);
                    break;
            }
        }

        foreach (var line in lines.Bound)
        {
            AddKeys(line.Declaration.Arguments[0], keys);
        }

        return keys.ToImmutableArray();
    }

    private static void AddKeys(Value? value, HashSet<string> keys)
    {
        switch (value)
        {
            case Value.SymbolReference reference:
                keys.Add(reference.Key);
                break;
            case Value.Concatenation concatenation:
                foreach (var part in concatenation.Parts)
                {
                    AddKeys(part, keys);
                }

                break;
            case Value.Sequence sequence:
                foreach (var item in sequence.Items)
                {
                    AddKeys(item, keys);
                }

                break;
        }
    }
}
