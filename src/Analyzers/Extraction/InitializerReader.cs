using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// Reads the value of a string, pool-handle or list field or property from its syntax, without
/// binding it, when it takes the shape a topology's names take: a string literal, a simple name
/// of a field or property, <c>new(…)</c> or <c>new PoolRef(…)</c> of those, concatenations of
/// them (<c>public static readonly PoolRef Fe15 = new("fe15." + Domain);</c>), and lists of such
/// strings as a collection expression or an array (<c>string[] Sales = ["sip:…", "sip:…"];</c>).
/// Anything else is left to the binder (<see cref="ValueReader"/>), and the values are those it gives.
/// </summary>
/// <remarks>
/// Binding a field initializer builds a semantic model for that one field: a large topology
/// declares its thousands of pools this way, and its teams' lists as the samples teach, and
/// binding them was the largest part of reading either. Names are looked up at the member's
/// type, outside the initializer, once per type declaration.
/// </remarks>
internal sealed class InitializerReader(SemanticModel model, DslSymbols dsl)
{
    // Deep enough for real concatenations; beyond it, the binder reads the value.
    private const int MaxDepth = 32;

    private static long _valuesRead;

    private readonly ScopeNames _names = new(model);

    /// <summary>How many values were read without binding since the process started: what tests watch.</summary>
    public static long ValuesRead => Interlocked.Read(ref _valuesRead);

    // Whether the value being read names a field or property.
    private bool _named;

    /// <summary>
    /// The value of <paramref name="value"/>, initializing a member of type <paramref name="type"/>
    /// whose declared type is written at <paramref name="memberType"/>; null when the binder must
    /// read it. <paramref name="namesNothing"/>: what was read is only literals (no name of a
    /// field or property, no call), so the syntax holds nothing else a reader looks for.
    /// </summary>
    public Value? TryRead(ITypeSymbol type, TypeSyntax memberType, ExpressionSyntax value, out bool namesNothing)
    {
        _named = false;
        var read = TryRead(type, memberType, value);
        namesNothing = read is not null && !_named;
        return read;
    }

    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private Value? TryRead(ITypeSymbol type, TypeSyntax memberType, ExpressionSyntax value)
    {
        // Only code the compiler accepted; in a type with a primary constructor, a name in an
        // initializer may be one of its parameters.
        if (value.ContainsDiagnostics || value.ContainsDirectives
            || memberType.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { ParameterList: null } scope)
        {
            return null;
        }

        var lookup = new Lookup(scope, memberType.SpanStart);
        var read = type.SpecialType == SpecialType.System_String ? Text(value, lookup, 0)
            : SymbolEqualityComparer.Default.Equals(type, dsl.PoolRef) ? Handle(value, lookup)
            : IsListOfStrings(type) ? List(value, lookup)
            : null;
        if (read is not null)
        {
            Interlocked.Increment(ref _valuesRead);
        }

        return read;
    }

    // new("…"), new PoolRef("…"), or a string (PoolRef's implicit conversion): the string is the value.
    private Value? Handle(ExpressionSyntax value, Lookup lookup) => value switch
    {
        ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments, Initializer: null } => Argument(arguments[0], lookup),
        ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax type, ArgumentList.Arguments: { Count: 1 } arguments, Initializer: null }
            when SymbolEqualityComparer.Default.Equals(Named(type.Identifier.ValueText, lookup), dsl.PoolRef) => Argument(arguments[0], lookup),
        _ => Text(value, lookup, 0),
    };

    private Value? Argument(ArgumentSyntax argument, Lookup lookup) =>
        argument is { NameColon: null, RefKindKeyword.RawKind: (int)SyntaxKind.None } ? Text(argument.Expression, lookup, 0) : null;

    // Of the types a topology value may have (TreeFactsExtractor.MayHoldTopologyValues), what
    // remains after strings, flags, enums and pool handles: arrays and collections of strings.
    // A collection expression reads the same whatever the collection's type.
    private static bool IsListOfStrings(ITypeSymbol type) =>
        type.TypeKind != TypeKind.Enum && type.SpecialType is not (SpecialType.System_String or SpecialType.System_Boolean);

    // The list's strings, as the binder reads them (each a Text, at its element's span): a
    // collection expression (a spread is not known), an array creation or a bare array initializer.
    // A list of literals only, as teams are written, is kept as their texts and spans.
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private Value? List(ExpressionSyntax value, Lookup lookup)
    {
        switch (value)
        {
            case CollectionExpressionSyntax collection:
                return (Value?)Literals(collection.Elements, static element => (element as ExpressionElementSyntax)?.Expression, collection.Span)
                    ?? Collection(collection, lookup);
            case ArrayCreationExpressionSyntax { Initializer: { } initializer, Type: { ElementType: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword }, RankSpecifiers: { Count: 1 } ranks } }
                when ranks[0].Sizes is { Count: 1 } sizes && sizes[0] is OmittedArraySizeExpressionSyntax:
                return Elements(initializer, value, lookup);
            case ImplicitArrayCreationExpressionSyntax { Initializer: var initializer, Commas.Count: 0 }:
                return Elements(initializer, value, lookup);
            case InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ArrayInitializerExpression):
                return Elements(initializer, value, lookup);
            default:
                return null;
        }
    }

    private Value.Sequence? Collection(CollectionExpressionSyntax collection, Lookup lookup)
    {
        var items = ImmutableArray.CreateBuilder<Value>(collection.Elements.Count);
        foreach (var element in collection.Elements)
        {
            if (element is not ExpressionElementSyntax expression)
            {
                items.Add(new Value.NotConstant(element.Span));
            }
            else if (Text(expression.Expression, lookup, 0) is { } text)
            {
                items.Add(text);
            }
            else
            {
                return null;
            }
        }

        return new Value.Sequence(items.MoveToImmutable(), collection.Span);
    }

    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private Value? Elements(InitializerExpressionSyntax initializer, ExpressionSyntax array, Lookup lookup)
    {
        if (Literals(initializer.Expressions, static element => element, array.Span) is { } literals)
        {
            return literals;
        }

        var items = ImmutableArray.CreateBuilder<Value>(initializer.Expressions.Count);
        foreach (var element in initializer.Expressions)
        {
            if (Text(element, lookup, 0) is not { } text)
            {
                return null;
            }

            items.Add(text);
        }

        return new Value.Sequence(items.MoveToImmutable(), array.Span);
    }

    // The list when every item is a string literal; null otherwise (then read item by item).
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private static Value.Literals? Literals<TElement>(SeparatedSyntaxList<TElement> elements, Func<TElement, ExpressionSyntax?> expressionOf, TextSpan span)
        where TElement : SyntaxNode
    {
        var (texts, spans) = (ImmutableArray.CreateBuilder<string>(elements.Count), ImmutableArray.CreateBuilder<TextSpan>(elements.Count));
        foreach (var element in elements)
        {
            if (expressionOf(element) is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression, Token: var token })
            {
                return null;
            }

            texts.Add(token.ValueText);
            spans.Add(token.Span);
        }

        return new Value.Literals(texts.MoveToImmutable(), spans.MoveToImmutable(), span);
    }

    // A string: a literal, a name of a string field or property, or a concatenation of strings.
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private Value? Text(ExpressionSyntax expression, Lookup lookup, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return new Value.Constant(literal.Token.ValueText, literal.Span);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                return Text(binary.Left, lookup, depth + 1) is { } left && Text(binary.Right, lookup, depth + 1) is { } right
                    ? new Value.Concatenation(ImmutableArray.Create(left, right), binary.Span)
                    : null;
            case IdentifierNameSyntax name:
                _named = true;
                return Named(name.Identifier.ValueText, lookup) switch
                {
                    IFieldSymbol { IsStatic: true, Type.SpecialType: SpecialType.System_String } field => ValueReader.OfField(field, model, name.Span),
                    IPropertySymbol { IsStatic: true, Type.SpecialType: SpecialType.System_String, Parameters.IsEmpty: true, GetMethod: not null } property
                        when ValueReader.OfProperty(property, model, name.Span) is { } reference => reference,
                    _ => null,
                };
            default:
                return null;
        }
    }

    private ISymbol? Named(string name, Lookup lookup) => _names.Of(lookup.Scope, lookup.Position, name);

    private readonly record struct Lookup(SyntaxNode Scope, int Position);
}
