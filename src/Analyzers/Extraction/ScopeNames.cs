using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// What simple names mean in a type declaration, each looked up once, at a position outside any
/// body or initializer (a member's type): looked up inside one, the semantic model would bind it.
/// Thousands of lines name the same few things. The readers that use it only read code where no
/// local or lambda parameter can add a name there.
/// </summary>
internal sealed class ScopeNames(SemanticModel model)
{
    private readonly Dictionary<(SyntaxNode Scope, string Name), ISymbol?> _symbols = [];

    /// <summary>The one symbol <paramref name="name"/> means in <paramref name="scope"/>, looked up at <paramref name="position"/> in it; null if none or several.</summary>
    public ISymbol? Of(SyntaxNode scope, int position, string name)
    {
        var key = (scope, name);
        if (!_symbols.TryGetValue(key, out var symbol))
        {
            var found = model.LookupSymbols(position, name: name);
            _symbols[key] = symbol = found.Length == 1 ? found[0] : null;
        }

        return symbol;
    }
}
