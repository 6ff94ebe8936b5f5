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
/// </summary>
internal sealed class ValueReader(SemanticModel model, DslSymbols dsl, CancellationToken cancellationToken)
{
    // Locals initialised from locals: deep enough for real code, bounded for hostile code.
    private const int MaxDepth = 32;

    public Value Read(IOperation? operation) => Read(operation, 0);

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

            case ILocalReferenceOperation { Local: var local }:
                return ReadLocal(local, span, depth);

            default:
                return operation.ConstantValue.HasValue && !operation.Descendants().Any(d => d is IFieldReferenceOperation or ILocalReferenceOperation)
                    ? new Value.Constant(operation.ConstantValue.Value, span)
                    : new Value.NotConstant(span);
        }
    }

    /// <summary>The initializer of a local, when the local is declared in this tree with one.</summary>
    public IOperation? InitializerOf(ILocalSymbol local)
    {
        var declarator = local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) as VariableDeclaratorSyntax;
        return declarator?.Initializer is { } initializer && declarator.SyntaxTree == model.SyntaxTree
            ? model.GetOperation(initializer.Value, cancellationToken)
            : null;
    }

    private Value ReadLocal(ILocalSymbol local, Microsoft.CodeAnalysis.Text.TextSpan span, int depth)
    {
        if (local.IsConst && local.HasConstantValue)
        {
            return new Value.Constant(local.ConstantValue, span);
        }

        // A foreach variable, a using variable or a local without initializer is not known.
        var value = InitializerOf(local) is { } initializer ? Read(initializer, depth + 1) : null;
        return value is null or Value.NotConstant ? new Value.NotConstant(span) : value;
    }

    /// <summary>
    /// A field read at <paramref name="span"/> in the tree of <paramref name="model"/>. Fields of
    /// other trees of this compilation stay symbolic: their definitions are joined afresh on each
    /// compilation, so cached facts survive edits of the defining file. The others are constants
    /// no edit of another tree can change (declared in this tree, in another assembly, or an enum
    /// member), or not known.
    /// </summary>
    public static Value OfField(IFieldSymbol field, SemanticModel model, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        field.ContainingType.TypeKind != TypeKind.Enum
        && SymbolEqualityComparer.Default.Equals(field.ContainingAssembly, model.Compilation.Assembly)
        && !(field.IsConst && field.Locations.Any(l => l.SourceTree == model.SyntaxTree))
            ? new Value.SymbolReference(SymbolKeys.For(field), span)
            : field.HasConstantValue ? new Value.Constant(field.ConstantValue, span) : new Value.NotConstant(span);

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
                ? Read(model.GetOperation(expression.Expression, cancellationToken), depth + 1)
                : new Value.NotConstant(element.Span));
        }

        return new Value.Sequence(items.MoveToImmutable(), collection.Span);
    }
}
