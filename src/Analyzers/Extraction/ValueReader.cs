using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// Reads an operation as a <see cref="Value"/>: literals, constants, concatenations and
/// interpolations of constants, nameof, pool handles, arrays and collection expressions;
/// source fields and properties stay symbolic; anything else is <see cref="Value.NotConstant"/>.
/// A local is read from its initializer only when nothing writes it afterwards, and a collection
/// in a local only when nothing but reads use it: a value is known only when it is proven.
/// </summary>
internal sealed class ValueReader(SemanticModel model, DslSymbols dsl, Func<InvocationExpressionSyntax, bool> isDslCall, CancellationToken cancellationToken)
{
    // Locals initialised from locals: deep enough for real code, bounded for hostile code.
    private const int MaxDepth = 32;

    // Per scope (a member, or the top-level statements), the names written there and the names
    // of collections used there otherwise than read: scanned once, asked for each local read.
    private readonly Dictionary<SyntaxNode, (HashSet<string> Written, HashSet<string> Changed)> _usesByScope = [];

    public Value Read(IOperation? operation) => Read(operation, 0);

    /// <summary>
    /// The value of an expression; one the binder gives no operation for (<c>null!</c>: a
    /// suppression has none) is not known, at its own span.
    /// </summary>
    public Value Read(ExpressionSyntax expression) => Read(expression, 0);

    private Value Read(ExpressionSyntax expression, int depth) =>
        model.GetOperation(expression, cancellationToken) is { } operation ? Read(operation, depth) : new Value.NotConstant(expression.Span);

    private Value Read(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return new Value.NotConstant(operation?.Syntax.Span ?? default);
        }

        var span = operation.Syntax.Span;
        if (operation.Syntax is CollectionExpressionSyntax collection)
        {
            return ReadCollection(collection, depth);
        }

        switch (operation)
        {
            case ILiteralOperation or INameOfOperation when operation.ConstantValue.HasValue:
                return new Value.Constant(operation.ConstantValue.Value, span);

            case IFieldReferenceOperation { Field: var field }:
                return OfField(field, model, span);

            case IPropertyReferenceOperation { Property: var property, Arguments.IsEmpty: true } when OfProperty(property, model, span) is { } reference:
                return reference;

            case IConversionOperation conversion when conversion.Operand.ConstantValue.HasValue && conversion.ConstantValue.HasValue && conversion.Operand is ILiteralOperation:
                return new Value.Constant(conversion.ConstantValue.Value, span);

            case IConversionOperation conversion:
                return Read(conversion.Operand, depth + 1);

            case IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, dsl.PoolRef) && creation.Arguments.Length == 1:
                return Read(creation.Arguments[0].Value, depth + 1);

            case IInvocationOperation { TargetMethod.Name: "FromString", Arguments.Length: 1 } invocation
                when SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, dsl.PoolRef):
                return Read(invocation.Arguments[0].Value, depth + 1);

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } binary:
                return new Value.Concatenation(ImmutableArray.Create(Read(binary.LeftOperand, depth + 1), Read(binary.RightOperand, depth + 1)), span);

            case IInterpolatedStringOperation interpolated:
                return new Value.Concatenation(interpolated.Parts.Select(part => ReadInterpolationPart(part, depth)).ToImmutableArray(), span);

            case IArrayCreationOperation { Initializer: { } initializer }:
                return new Value.Sequence(initializer.ElementValues.Select(e => Read(e, depth + 1)).ToImmutableArray(), span);

            case IArrayInitializerOperation initializer: // string[] team = { … }: the initializer is the local's whole initial value
                return new Value.Sequence(initializer.ElementValues.Select(e => Read(e, depth + 1)).ToImmutableArray(), span);

            case ILocalReferenceOperation { Local: var local }:
                return ReadLocal(local, span, depth);

            default:
                // The compiler's constant, whatever it is made of and wherever its parts are declared.
                return operation.ConstantValue.HasValue ? new Value.Constant(operation.ConstantValue.Value, span) : new Value.NotConstant(span);
        }
    }

    /// <summary>The initializer of a local, when the local is declared in this tree with one and nothing writes it afterwards.</summary>
    public IOperation? InitializerOf(ILocalSymbol local) => InitializerOf(local, out _);

    private IOperation? InitializerOf(ILocalSymbol local, out (HashSet<string> Written, HashSet<string> Changed) uses)
    {
        uses = default;
        var declarator = local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) as VariableDeclaratorSyntax;
        if (declarator?.Initializer is not { } initializer || declarator.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        uses = UsesIn(ScopeOf(declarator));
        return uses.Written.Contains(local.Name) ? null : model.GetOperation(initializer.Value, cancellationToken);
    }

    // Where a local can be used: its member, or all top-level statements. Wider than its block,
    // which only makes the answer more careful.
    private static SyntaxNode ScopeOf(SyntaxNode declarator) =>
        declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member and not GlobalStatementSyntax ? member : declarator.SyntaxTree.GetRoot();

    // By name: a name written in the scope makes every local of that name there unknown.
    private (HashSet<string> Written, HashSet<string> Changed) UsesIn(SyntaxNode scope)
    {
        if (_usesByScope.TryGetValue(scope, out var uses))
        {
            return uses;
        }

        uses = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ValueUses.IsValueName(name, out var expression) && expression == name)
            {
                if (ValueUses.IsWritten(name))
                {
                    uses.Written.Add(name.Identifier.ValueText);
                }

                if (!ValueUses.IsOnlyRead(name, isDslCall))
                {
                    uses.Changed.Add(name.Identifier.ValueText);
                }
            }
        }

        _usesByScope[scope] = uses;
        return uses;
    }

    private Value ReadLocal(ILocalSymbol local, Microsoft.CodeAnalysis.Text.TextSpan span, int depth)
    {
        if (local.IsConst && local.HasConstantValue)
        {
            return new Value.Constant(local.ConstantValue, span);
        }

        // A foreach variable, a using variable, a local without initializer or written after it is
        // not known; nor is a collection that code may change after it is made.
        var value = InitializerOf(local, out var uses) is { } initializer ? Read(initializer, depth + 1) : null;
        return value is null or Value.NotConstant || (value is Value.Sequence or Value.Literals && uses.Changed.Contains(local.Name))
            ? new Value.NotConstant(span)
            : value;
    }

    /// <summary>
    /// A field read at <paramref name="span"/> in the tree of <paramref name="model"/>. A constant
    /// is the compiler's value, in any file (a change of any constant changes the declaration
    /// version, so the facts are read again). Other fields of this compilation stay symbolic:
    /// their definitions are joined afresh on each compilation, so cached facts survive edits of
    /// the defining file's initializers. Fields of other assemblies that are not constants are not known.
    /// </summary>
    public static Value OfField(IFieldSymbol field, SemanticModel model, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        field.HasConstantValue ? new Value.Constant(field.ConstantValue, span)
        : SymbolEqualityComparer.Default.Equals(field.ContainingAssembly, model.Compilation.Assembly) ? new Value.SymbolReference(SymbolKeys.For(field), span)
        : new Value.NotConstant(span);

    /// <summary>
    /// A property of this compilation read at <paramref name="span"/>: symbolic, resolved when
    /// the trees are joined. Null for a property of another assembly (not a value we can know).
    /// </summary>
    public static Value.SymbolReference? OfProperty(IPropertySymbol property, SemanticModel model, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        SymbolEqualityComparer.Default.Equals(property.ContainingAssembly, model.Compilation.Assembly)
            ? new Value.SymbolReference(SymbolKeys.For(property), span)
            : null;

    private Value ReadInterpolationPart(IInterpolatedStringContentOperation part, int depth) => part switch
    {
        IInterpolatedStringTextOperation text => Read(text.Text, depth + 1),
        IInterpolationOperation { Alignment: null, FormatString: null } hole => Read(hole.Expression, depth + 1),
        _ => new Value.NotConstant(part.Syntax.Span),
    };

    private Value.Sequence ReadCollection(CollectionExpressionSyntax collection, int depth)
    {
        var items = ImmutableArray.CreateBuilder<Value>(collection.Elements.Count);
        foreach (var element in collection.Elements)
        {
            items.Add(element is ExpressionElementSyntax expression
                ? Read(expression.Expression, depth + 1)
                : new Value.NotConstant(element.Span));
        }

        return new Value.Sequence(items.MoveToImmutable(), collection.Span);
    }
}
