using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// How code uses a name, read from syntax: whether it may write the variable, and whether it may
/// change (or let other code change) the collection it holds. A value is known only when nothing
/// can have changed it since its declaration, so both answers err towards "may": an over-careful
/// answer costs a TOPO005, a careless one a wrong verdict.
/// </summary>
internal static class ValueUses
{
    /// <summary>The expression a name is read through: <c>Pools.Target</c> for its <c>Target</c>, the name itself otherwise.</summary>
    public static ExpressionSyntax Outermost(IdentifierNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax member when member.Name == name => member,
        MemberBindingExpressionSyntax binding when binding.Name == name => binding,
        _ => name,
    };

    /// <summary>
    /// The variable <paramref name="expression"/> denotes is written here: assigned (also compound
    /// and <c>??=</c>), incremented, deconstructed into, passed by <c>ref</c> or <c>out</c>, or
    /// taken by reference or address.
    /// </summary>
    public static bool IsWritten(ExpressionSyntax expression)
    {
        SyntaxNode node = expression;
        while (true)
        {
            switch (node.Parent)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    node = parenthesized;
                    continue;
                case ArgumentSyntax { Parent: TupleExpressionSyntax tuple }:
                    node = tuple; // (a, b) = …: each element is written
                    continue;
                case AssignmentExpressionSyntax assignment:
                    return assignment.Left == node;
                case PrefixUnaryExpressionSyntax unary:
                    return unary.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression or SyntaxKind.AddressOfExpression;
                case PostfixUnaryExpressionSyntax unary:
                    return unary.Kind() is SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression;
                case ArgumentSyntax argument:
                    return argument.RefKindKeyword.Kind() is SyntaxKind.RefKeyword or SyntaxKind.OutKeyword;
                case RefExpressionSyntax:
                    return true;
                case ForEachVariableStatementSyntax loop:
                    return loop.Variable == node;
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// The collection <paramref name="expression"/> denotes is only read here: enumerated by
    /// <c>foreach</c>, spread into another collection, indexed or asked a property without being
    /// written, or handed to a DSL call (<paramref name="isDslCall"/>), which only reads it (or
    /// the builder a DSL call is made on: no collection). Any
    /// other use (a method called on it, passed elsewhere, copied into another variable) may
    /// change it.
    /// </summary>
    public static bool IsOnlyRead(ExpressionSyntax expression, Func<InvocationExpressionSyntax, bool> isDslCall)
    {
        SyntaxNode node = expression;
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized;
        }

        return node.Parent switch
        {
            MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } member when member.Expression == node && invocation.Expression == member =>
                isDslCall(invocation), // a builder's own call
            MemberAccessExpressionSyntax member when member.Expression == node =>
                member.Parent is not (InvocationExpressionSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax) && !IsWritten(member),
            ElementAccessExpressionSyntax element when element.Expression == node => !IsWritten(element),
            ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.None, Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } =>
                isDslCall(invocation) || invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" },
            ForEachStatementSyntax loop => loop.Expression == node,
            SpreadElementSyntax => true,
            _ => false,
        };
    }

    /// <summary>
    /// A name read as a value (not a namespace or a type, usings included, a label, nor the name
    /// of a method called), with the expression it is read through (<see cref="Outermost"/>).
    /// </summary>
    public static bool IsValueName(IdentifierNameSyntax name, out ExpressionSyntax expression)
    {
        expression = Outermost(name);
        return name.Parent is not (NameColonSyntax or NameEqualsSyntax)
            && !SyntaxFacts.IsInNamespaceOrTypeContext(name)
            && !NamesTheNamespaceDeclared(name)
            && !(expression.Parent is InvocationExpressionSyntax invocation && invocation.Expression == expression);
    }

    // Part of a namespace declaration's name (namespace Contoso.Deployment;), which SyntaxFacts
    // does not count as a namespace context: read as a value, it made every users file the
    // importer writes look as if it changed a collection named Deployment.
    private static bool NamesTheNamespaceDeclared(IdentifierNameSyntax name)
    {
        SyntaxNode node = name;
        while (node.Parent is QualifiedNameSyntax qualified)
        {
            node = qualified;
        }

        return node.Parent is BaseNamespaceDeclarationSyntax declaration && declaration.Name == node;
    }
}
