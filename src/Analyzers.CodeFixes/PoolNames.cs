using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Extraction;
using XmppTopology.Analyzers.Facts;
using XmppTopology.Analyzers.Joining;

namespace XmppTopology.Analyzers.CodeFixes;

/// <summary>
/// Writes a pool's name the way the code already names pools: where the replaced argument is a
/// handle or a constant, a handle to the new pool if one exists, else a string constant; else the
/// FQDN as a string literal.
/// </summary>
internal static class PoolNames
{
    public static async Task<ExpressionSyntax> ExpressionForAsync(Document document, ExpressionSyntax replaced, string name, CancellationToken cancellationToken)
    {
        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name));
        if (replaced is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax)
        {
            return literal;
        }

        var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null || DslSymbols.Find(compilation) is not { } dsl)
        {
            return literal;
        }

        var trees = compilation.SyntaxTrees
            .OrderBy(tree => tree.FilePath, StringComparer.Ordinal)
            .Select(tree => TreeFactsCache.Get(tree, dsl, compilation, () => compilation.GetSemanticModel(tree), cancellationToken))
            .ToList();
        var values = new ValueResolver(trees);
        var named = values.Definitions
            .Where(d => d.Definition.Kind is DefinitionKind.PoolHandle or DefinitionKind.Text)
            .Where(d => string.Equals(values.String(d.Tree, d.Definition.Value, "pool FQDN"), name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(d => d.Definition.Kind)
            .ThenBy(d => d.Definition.SymbolKey, StringComparer.Ordinal)
            .Select(d => DocumentationCommentId.GetFirstSymbolForDeclarationId(d.Definition.SymbolKey, compilation))
            .FirstOrDefault(symbol => symbol?.ContainingType is not null);

        if (named is null)
        {
            return literal;
        }

        var generator = SyntaxGenerator.GetGenerator(document);
        var access = (ExpressionSyntax)generator.MemberAccessExpression(generator.TypeExpression(named.ContainingType), named.Name);
        return access.WithAdditionalAnnotations(Simplifier.Annotation);
    }
}
