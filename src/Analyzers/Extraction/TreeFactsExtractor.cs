using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// Reads one syntax tree's DSL calls, the builders it hands to its own methods, and the values of
/// its fields and properties. Invocations are filtered by name before anything is bound, then
/// recognised by symbol.
/// </summary>
internal sealed class TreeFactsExtractor
{
    private readonly SemanticModel _model;
    private readonly DslSymbols _dsl;
    private readonly CancellationToken _cancellationToken;
    private readonly ValueReader _values;
    private readonly InvocationOperations _invocations;
    private readonly List<CallFact> _calls = [];
    private readonly List<EdgeFact> _edges = [];
    private readonly List<DefinitionFact> _definitions = [];
    private readonly HashSet<(string TypeKey, string Member)> _writtenByTheirType = [];
    private readonly HashSet<string> _collectionsUsedBeyondReading = new(StringComparer.Ordinal);
    private readonly Dictionary<INamedTypeSymbol, string> _typeKeys = new(SymbolEqualityComparer.Default);
    private readonly UserLines.Builder _userLines = new();
    // A DSL call's index once read; BeingRead while its arguments are; null for no DSL call.
    private const int BeingRead = -1;
    private readonly Dictionary<SyntaxNode, int?> _callIndexByInvocation = [];
    private readonly Dictionary<IParameterSymbol, Instance> _callbackParameters = new(SymbolEqualityComparer.Default);

    private static long _callsBound;
    private readonly UserListReader? _userLists;
    private readonly InitializerReader? _initializers;

    // Made once: a method group passed for each name used would be a delegate per name.
    private readonly Func<InvocationExpressionSyntax, bool> _isDslCall;

    private TreeFactsExtractor(SemanticModel model, DslSymbols dsl, bool readUserListsWithoutBinding, CancellationToken cancellationToken)
    {
        _model = model;
        _dsl = dsl;
        _cancellationToken = cancellationToken;
        _isDslCall = IsDslCall;
        _values = new ValueReader(model, dsl, _isDslCall, cancellationToken);
        _invocations = new InvocationOperations(model, cancellationToken);
        _userLists = readUserListsWithoutBinding ? new UserListReader(model, dsl, cancellationToken) : null;
        _initializers = readUserListsWithoutBinding ? new InitializerReader(model, dsl) : null;
    }

    /// <summary>How many DSL calls were read through the binder since the process started: what tests watch.</summary>
    public static long CallsBound => Interlocked.Read(ref _callsBound);

    /// <summary>The tree's facts; <paramref name="readUserListsWithoutBinding"/> false binds every method (what tests compare with).</summary>
    public static TreeFacts Extract(SemanticModel model, DslSymbols dsl, ulong declarationVersion, CancellationToken cancellationToken, bool readUserListsWithoutBinding = true)
    {
        var extractor = new TreeFactsExtractor(model, dsl, readUserListsWithoutBinding, cancellationToken);
        extractor.Walk();
        var (calls, edges, definitions) = (extractor._calls.ToImmutableArray(), extractor._edges.ToImmutableArray(), extractor._definitions.ToImmutableArray());
        var mutations = extractor._writtenByTheirType.Count == 0 && extractor._collectionsUsedBeyondReading.Count == 0
            ? Mutations.None
            : new Mutations(extractor._writtenByTheirType.ToImmutableHashSet(), extractor._collectionsUsedBeyondReading.ToImmutableHashSet(StringComparer.Ordinal));

        // A tree that only lists users keeps the calls the binder read as lines, with the lines of
        // the text, to be checked on its own; any other joins the infrastructure, which reads calls.
        var onlyUsers = edges.IsEmpty && mutations.IsEmpty && extractor._userLines.TryAddCalls(calls);
        var facts = new TreeFacts(model.SyntaxTree, dsl.Identity, declarationVersion, onlyUsers ? ImmutableArray<CallFact>.Empty : calls, edges, definitions, mutations, extractor._userLines.ToUserLines());
        return facts.ListsOnlyUsers ? facts : facts.WithLinesAsCalls(cancellationToken);
    }

    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private void Walk()
    {
        // Pre-order: an outer call is seen before the calls inside its callbacks, so the
        // callbacks' parameters are known by the time their bodies are read.
        var root = _model.SyntaxTree.GetRoot(_cancellationToken);

        // In a tree that calls the DSL, any call may hand a builder on (to a helper, an extension
        // method); elsewhere only a call that passes a parameter or local by name can.
        // Read on first need: a users file read without binding never needs it.
        bool? callsTheDsl = null;
        bool CallsTheDsl() => callsTheDsl ??= root.DescendantTokens().Any(token => token.IsKind(SyntaxKind.IdentifierToken) && _dsl.MethodNames.Contains(token.ValueText));

        // A method read whole without binding is not walked into, nor a field's value read from
        // its syntax that names nothing (a team's list of literals: nothing else in it to read).
        // Roslyn asks whether to descend once per node, before it yields the node: the calls and
        // the definitions keep their order.
        foreach (var node in root.DescendantNodes(DescendInto))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (node)
            {
                case InvocationExpressionSyntax invocation when _dsl.MethodNames.Contains(NameOf(invocation)):
                    CallIndex(invocation);
                    break;
                case InvocationExpressionSyntax invocation when PassesANameInScope(invocation) || CallsTheDsl():
                    ReadBuilderHandOff(invocation);
                    break;
                case PropertyDeclarationSyntax property when property.Initializer is not null || property.ExpressionBody is not null:
                    Define(_model.GetDeclaredSymbol(property, _cancellationToken), property.Type, property.Initializer?.Value ?? property.ExpressionBody!.Expression);
                    break;
                case IdentifierNameSyntax name when ValueUses.IsValueName(name, out var expression):
                    NoteUse(name, expression);
                    break;
            }
        }
    }

    // What a use of a name may change: a member written by its own type's constructors or
    // initializers (the only code that may write a read-only member), or a collection used
    // otherwise than read (by name: it may be a field of any tree).
    private void NoteUse(IdentifierNameSyntax name, ExpressionSyntax expression)
    {
        if (ValueUses.IsWritten(expression) && WritingType(expression) is { } typeKey)
        {
            _writtenByTheirType.Add((typeKey, name.Identifier.ValueText));
        }

        if (!ValueUses.IsOnlyRead(expression, _isDslCall) && (expression != name || !IsDeclaredInScope(name, name.Identifier.ValueText)))
        {
            _collectionsUsedBeyondReading.Add(name.Identifier.ValueText);
        }
    }

    // The type whose constructor or member initializer this is, by key; null elsewhere.
    private string? WritingType(SyntaxNode node)
    {
        var member = node.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is ConstructorDeclarationSyntax or FieldDeclarationSyntax or PropertyDeclarationSyntax or BaseTypeDeclarationSyntax);
        if (member is not (ConstructorDeclarationSyntax or FieldDeclarationSyntax or PropertyDeclarationSyntax) || member.Parent is not TypeDeclarationSyntax type)
        {
            return null;
        }

        return _model.GetDeclaredSymbol(type, _cancellationToken) is { } symbol ? TypeKey(symbol) : null;
    }

    // A type's key, made once per type: a pools file declares thousands of members of one type.
    private string TypeKey(INamedTypeSymbol type)
    {
        if (!_typeKeys.TryGetValue(type, out var key))
        {
            _typeKeys[type] = key = SymbolKeys.For(type);
        }

        return key;
    }

    // A DSL call of this tree: one read already or being read (a local in its arguments asks about
    // the call itself, before its index is stored), or one not met yet.
    private bool IsDslCall(InvocationExpressionSyntax invocation) =>
        _callIndexByInvocation.TryGetValue(invocation, out var index) ? index is not null
        : _invocations.Of(invocation) is { } operation && _dsl.Classify(operation.TargetMethod) is not null;

    private bool ReadWithoutBinding(MethodDeclarationSyntax method) => _userLists?.TryRead(method, _userLines) == true;

    // Whether the walk reads inside the node; a field's value is read here, as the walk reaches it.
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private bool DescendInto(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax method => !ReadWithoutBinding(method),
        VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax } declaration, Initializer: { } initializer } field =>
            Define(_model.GetDeclaredSymbol(field, _cancellationToken), declaration.Type, initializer.Value),
        _ => true,
    };

    /// <summary>The index of the DSL call made by this invocation, reading it on first sight; null if it is no DSL call.</summary>
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private int? CallIndex(InvocationExpressionSyntax invocation)
    {
        if (_callIndexByInvocation.TryGetValue(invocation, out var known))
        {
            return known == BeingRead ? null : known;
        }

        _callIndexByInvocation[invocation] = null;
        if (_invocations.Of(invocation) is not { } operation
            || _dsl.Classify(operation.TargetMethod) is not { } method)
        {
            return null;
        }

        _callIndexByInvocation[invocation] = BeingRead;

        var receiver = operation.Instance is null ? null : InstanceOf(operation.Instance);
        var arguments = new Value?[operation.TargetMethod.Parameters.Length];
        var callbacks = new List<IArgumentOperation>();
        foreach (var argument in operation.Arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                continue;
            }

            if (parameter.Type.TypeKind == TypeKind.Delegate)
            {
                callbacks.Add(argument);
            }
            else
            {
                arguments[parameter.Ordinal] = _values.Read(argument.Value);
            }
        }

        var index = _calls.Count;
        Interlocked.Increment(ref _callsBound);
        _calls.Add(new CallFact(method, receiver, arguments.ToImmutableArray(), ReportingSpan(invocation)));
        _callIndexByInvocation[invocation] = index;

        // TopologyBuilder.Users hands its callback the topology's user plan; every other
        // callback receives the element the call creates.
        var created = method == DslMethod.Users ? receiver ?? Instance.Unknown.Instance : new Instance.Created(index);
        foreach (var callback in callbacks)
        {
            ReadCallback(callback, created, index);
        }

        return index;
    }

    private void ReadCallback(IArgumentOperation callback, Instance builder, int callIndex)
    {
        var target = callback.Value is IDelegateCreationOperation creation ? creation.Target : callback.Value;
        switch (target)
        {
            case IAnonymousFunctionOperation { Symbol.Parameters.Length: > 0 } lambda:
                _callbackParameters[lambda.Symbol.Parameters[0]] = builder;
                break;
            case IMethodReferenceOperation { Method: var method } when method.Locations.Any(l => l.IsInSource):
                _edges.Add(new EdgeFact(SymbolKeys.For(method), 0, builder, _calls[callIndex].Span.Start));
                break;
            case IDefaultValueOperation or ILiteralOperation { ConstantValue: { HasValue: true, Value: null } }:
                break; // an explicit null: no callback
            default:
                _calls[callIndex] = _calls[callIndex] with { UnfollowedCallback = callback.Syntax.Span };
                break;
        }
    }

    /// <summary>Which builder an expression denotes.</summary>
    private Instance InstanceOf(IOperation operation)
    {
        for (var depth = 0; depth < 32; depth++)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IInvocationOperation { Syntax: InvocationExpressionSyntax syntax } invocation:
                    if (CallIndex(syntax) is { } index)
                    {
                        var call = _calls[index];
                        return call.Method is DslMethod.User or DslMethod.UserGroup ? new Instance.Created(index) : call.Receiver ?? Instance.Unknown.Instance;
                    }

                    if (ReturnedBuilder(invocation) is not { } returned)
                    {
                        return Instance.Unknown.Instance;
                    }

                    operation = returned;
                    continue;
                case IParameterReferenceOperation { Parameter: var parameter }:
                    if (_callbackParameters.TryGetValue(parameter, out var builder))
                    {
                        return builder;
                    }

                    return parameter.ContainingSymbol is IMethodSymbol { MethodKind: not MethodKind.AnonymousFunction } method
                        ? new Instance.Parameter(SymbolKeys.For(method), parameter.Ordinal)
                        : Instance.Unknown.Instance;
                case ILocalReferenceOperation { Local: var local } when _values.InitializerOf(local) is { } initializer:
                    operation = initializer;
                    continue;
                default:
                    return Instance.Unknown.Instance;
            }
        }

        return Instance.Unknown.Instance;
    }

    /// <summary>
    /// A source helper that takes a builder and returns one of the same type returns the one it
    /// took: user code cannot make builders, only pass on those the DSL hands it.
    /// </summary>
    private static IOperation? ReturnedBuilder(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (!method.Locations.Any(l => l.IsInSource))
        {
            return null;
        }

        var sameType = invocation.Arguments
            .Where(a => a.Parameter is { } p && SymbolEqualityComparer.Default.Equals(p.Type, method.ReturnType))
            .ToList();
        return sameType.Count == 1 ? sameType[0].Value : null;
    }

    /// <summary>A source method called with a builder: its DSL calls then belong where the builder does.</summary>
    private void ReadBuilderHandOff(InvocationExpressionSyntax invocation)
    {
        if (_invocations.Of(invocation) is not { } operation
            || !operation.TargetMethod.Locations.Any(l => l.IsInSource))
        {
            return;
        }

        foreach (var argument in operation.Arguments)
        {
            if (argument.Parameter is { } parameter && _dsl.IsBuilder(parameter.Type))
            {
                // The helper runs after its arguments: at the end of the invocation.
                _edges.Add(new EdgeFact(SymbolKeys.For(operation.TargetMethod), parameter.Ordinal, InstanceOf(argument.Value), invocation.Span.End));
            }
        }
    }

    // Adds the member's definition; false when its value was read from its syntax and names
    // nothing, so that walking into it would find nothing more.
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private bool Define(ISymbol? symbol, TypeSyntax memberType, ExpressionSyntax value)
    {
        if (symbol?.ContainingType is not { } containingType)
        {
            return true;
        }

        var type = symbol switch
        {
            IFieldSymbol { IsConst: true } or IFieldSymbol { IsReadOnly: true } => ((IFieldSymbol)symbol).Type,
            IPropertySymbol { SetMethod: null } property => property.Type,
            _ => null,
        };
        if (type is not null && MayHoldTopologyValues(type))
        {
            var kind = SymbolEqualityComparer.Default.Equals(type, _dsl.PoolRef) ? DefinitionKind.PoolHandle
                : type.SpecialType == SpecialType.System_String ? DefinitionKind.Text
                : type.SpecialType is SpecialType.System_Boolean || type.TypeKind == TypeKind.Enum ? DefinitionKind.Other
                : DefinitionKind.Collection;

            // A constant's value is the compiler's, whatever its initializer says and wherever its parts are declared.
            var namesNothing = false;
            var read = symbol is IFieldSymbol { HasConstantValue: true } constant ? new Value.Constant(constant.ConstantValue, value.Span)
                : _initializers?.TryRead(type, memberType, value, out namesNothing) ?? _values.Read(value);
            _definitions.Add(new DefinitionFact(SymbolKeys.For(symbol), read, kind, TypeKey(containingType), symbol.Name));
            return !namesNothing;
        }

        return true;
    }

    // Strings, pool handles, DSL enums and flags, and collections of strings.
    private bool MayHoldTopologyValues(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_String or SpecialType.System_Boolean
        || type.TypeKind == TypeKind.Enum
        || SymbolEqualityComparer.Default.Equals(type, _dsl.PoolRef)
        || (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String })
        || type.AllInterfaces.Append(type as INamedTypeSymbol).Any(IsEnumerableOfString);

    private static bool IsEnumerableOfString(INamedTypeSymbol? type) =>
        type is { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T, TypeArguments.Length: 1 }
        && type.TypeArguments[0].SpecialType == SpecialType.System_String;

    // Cheap syntactic test: an argument that is a bare name of a parameter or local in scope.
    // Only those invocations are bound, in trees that do not call the DSL themselves.
    private static bool PassesANameInScope(InvocationExpressionSyntax invocation)
    {
        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            if (argument.Expression is IdentifierNameSyntax name && IsDeclaredInScope(invocation, name.Identifier.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeclaredInScope(SyntaxNode node, string name)
    {
        for (var current = node.Parent; current is not null and not TypeDeclarationSyntax; current = current.Parent)
        {
            var declares = current switch
            {
                SimpleLambdaExpressionSyntax lambda => lambda.Parameter.Identifier.ValueText == name,
                ParenthesizedLambdaExpressionSyntax lambda => Declares(lambda.ParameterList, name),
                AnonymousMethodExpressionSyntax method => method.ParameterList is { } parameters && Declares(parameters, name),
                LocalFunctionStatementSyntax function => Declares(function.ParameterList, name),
                BaseMethodDeclarationSyntax method => Declares(method.ParameterList, name),
                BlockSyntax block => block.Statements.OfType<LocalDeclarationStatementSyntax>()
                    .Any(local => local.Declaration.Variables.Any(v => v.Identifier.ValueText == name)),
                _ => false,
            };
            if (declares)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Declares(ParameterListSyntax parameters, string name) =>
        parameters.Parameters.Any(p => p.Identifier.ValueText == name);

    private static string NameOf(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => "",
    };

    // From the method's name to the closing parenthesis: `HomedOn(Pools.Fe2019)`, not the whole chain.
    private static TextSpan ReportingSpan(InvocationExpressionSyntax invocation)
    {
        var start = invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.SpanStart,
            MemberBindingExpressionSyntax binding => binding.Name.SpanStart,
            _ => invocation.SpanStart,
        };
        return TextSpan.FromBounds(start, invocation.Span.End);
    }
}
