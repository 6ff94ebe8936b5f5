using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// A hash of what one tree declares to the rest of the compilation: usings, namespaces, types,
/// member signatures, attributes, and the values of constants and enum members; not method
/// bodies, accessors, lambdas, nor the initializers of fields and properties that are not
/// constants. What the binder makes of a name in any tree depends on every tree's declarations
/// and on nothing else of theirs (Roslyn's own notion of a "top-level" edit), so while no tree's
/// declarations change, facts bound in one tree stay true whatever else was edited.
/// </summary>
/// <remarks>
/// FNV-1a over token kinds and texts, written by hand: netstandard2.0 has no System.HashCode, and
/// this needs nothing more. Computed once per tree (trees are immutable) and kept while it lives.
/// </remarks>
internal static class DeclarationHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private static readonly ConditionalWeakTable<SyntaxTree, object> Cache = new();

    public static ulong Of(SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(tree, out var kept))
        {
            return (ulong)kept;
        }

        var computed = Compute(tree, cancellationToken);
        return (ulong)Cache.GetValue(tree, _ => computed);
    }

    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private static ulong Compute(SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
    {
        var hash = Mix(Offset, tree.FilePath);
        foreach (var item in tree.GetRoot(cancellationToken).DescendantNodesAndTokens(descendIntoChildren: node => !IsBody(node)))
        {
            if (item.IsToken)
            {
                hash = Mix(Mix(hash, item.RawKind), item.AsToken().Text);
            }
            else if (IsBody(item.AsNode()!))
            {
                hash = Mix(hash, item.RawKind); // that there is a body, not what it says
            }
        }

        return hash;
    }

    /// <summary>Code whose content no other tree's binding can see.</summary>
    private static bool IsBody(SyntaxNode node) => node switch
    {
        BlockSyntax or ArrowExpressionClauseSyntax or GlobalStatementSyntax or ConstructorInitializerSyntax => true,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax } => true,
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax field } } } =>
            !field.Modifiers.Any(SyntaxKind.ConstKeyword),
        _ => false,
    };

    [MethodImpl(HotLoop.OptimizedAtOnce)]
    public static ulong Mix(ulong hash, int value)
    {
        for (var shift = 0; shift < 32; shift += 8)
        {
            hash = (hash ^ (byte)(value >> shift)) * Prime;
        }

        return hash;
    }

    [MethodImpl(HotLoop.OptimizedAtOnce)]
    public static ulong Mix(ulong hash, string text)
    {
        foreach (var character in text)
        {
            hash = (hash ^ (byte)character) * Prime;
            hash = (hash ^ (byte)(character >> 8)) * Prime;
        }

        return (hash ^ 0xFF) * Prime; // ends the text: "ab"+"c" differs from "a"+"bc"
    }
}
