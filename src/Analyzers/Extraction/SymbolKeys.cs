using Microsoft.CodeAnalysis;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>Stable string names for source symbols, the join keys between trees.</summary>
internal static class SymbolKeys
{
    public static string For(ISymbol symbol)
    {
        symbol = symbol.OriginalDefinition;
        if (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction } local)
        {
            // Local functions have no documentation ID; their declaration's place is unique.
            var location = local.Locations.Length > 0 ? local.Locations[0] : Location.None;
            return $"L:{location.SourceTree?.FilePath}:{location.SourceSpan.Start}";
        }

        return symbol.GetDocumentationCommentId() ?? symbol.ToDisplayString();
    }
}
