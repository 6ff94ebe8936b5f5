using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// Reads a method that only lists users without binding its body. Binding is most of what
/// reading a tree costs, and users files are most of a large topology's lines; their statements
/// take one shape: <c>users.User("sip:…").HomedOn(Pools.Fe15).Xmpp();</c> on a
/// <c>UserPlan</c> parameter. The method's signature is bound (cheap), each qualifier is looked up
/// once, and anything outside that shape leaves the method to the binder: the facts are the ones
/// binding would give (a test compares both readers on every corpus).
/// </summary>
/// <remarks>
/// Written by hand because no library reads C# this way: it is the analyzer's own shortcut.
/// The DSL's user methods have no overloads, UserPlan and UserBuilder are sealed, and an instance
/// method always wins over an extension method, so the name of each call decides its method.
/// </remarks>
internal sealed class UserListReader(SemanticModel model, DslSymbols dsl, CancellationToken cancellationToken)
{
    private static long _methodsRead;
    private static long _callsRead;

    // Per method: a parameter of one method may hide a type that others see.
    private readonly Dictionary<(int Method, string Name), INamedTypeSymbol?> _typesByName = [];
    private readonly Dictionary<(int Method, string Type, string Member), string?> _handles = [];

    /// <summary>How many methods were read without binding since the process started: what tests watch.</summary>
    public static long MethodsRead => Interlocked.Read(ref _methodsRead);

    /// <summary>How many DSL calls were read without binding since the process started: what tests watch.</summary>
    public static long CallsRead => Interlocked.Read(ref _callsRead);

    /// <summary>The calls of the method, in the binder's order; null when the method is not a plain list of users.</summary>
    public IReadOnlyList<CallFact>? TryRead(MethodDeclarationSyntax method, int firstIndex)
    {
        var statements = method switch
        {
            { Body: { } body, ExpressionBody: null } => body.Statements.Select(s => (s as ExpressionStatementSyntax)?.Expression).ToList(),
            { Body: null, ExpressionBody: { } arrow } => [arrow.Expression],
            _ => null,
        };
        if (statements is null || statements.Count == 0 || statements.Any(s => s is not InvocationExpressionSyntax)
            || dsl.UserPlan is null || !method.ParameterList.Parameters.Any())
        {
            return null;
        }

        // The parameters that are user plans, by name: what the first call of each chain is made on.
        var symbol = model.GetDeclaredSymbol(method, cancellationToken);
        if (symbol is null || symbol.IsGenericMethod)
        {
            return null;
        }

        var plans = symbol.Parameters
            .Where(p => p.RefKind == RefKind.None && SymbolEqualityComparer.Default.Equals(p.Type, dsl.UserPlan))
            .ToDictionary(p => p.Name, p => new Instance.Parameter(SymbolKeys.For(symbol), p.Ordinal));
        if (plans.Count == 0)
        {
            return null;
        }

        var calls = new List<CallFact>();
        foreach (var statement in statements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!ReadChain((InvocationExpressionSyntax)statement!, plans, firstIndex, calls))
            {
                return null;
            }
        }

        Interlocked.Increment(ref _methodsRead);
        Interlocked.Add(ref _callsRead, calls.Count);
        return calls;
    }

    // A chain is read receiver first, as the binder-based reader numbers calls: the user's
    // creation gets the lowest index, each setting is made on the user created.
    private bool ReadChain(InvocationExpressionSyntax invocation, Dictionary<string, Instance.Parameter> plans, int firstIndex, List<CallFact> calls)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access
            || access.Name is not IdentifierNameSyntax name)
        {
            return false;
        }

        var arguments = invocation.ArgumentList.Arguments;
        if (arguments.Any(a => a.NameColon is not null || !a.RefKindKeyword.IsKind(SyntaxKind.None)))
        {
            return false;
        }

        if (access.Expression is IdentifierNameSyntax receiver && plans.TryGetValue(receiver.Identifier.ValueText, out var plan))
        {
            if (name.Identifier.ValueText != "User" || arguments.Count != 1 || StringLiteral(arguments[0].Expression) is not { } sip)
            {
                return false;
            }

            calls.Add(new CallFact(DslMethod.User, plan, ImmutableArray.Create<Value?>(sip), Span(invocation)));
            return true;
        }

        if (access.Expression is not InvocationExpressionSyntax inner || !ReadChain(inner, plans, firstIndex, calls))
        {
            return false;
        }

        // Every setting is made on the user the chain's first call created.
        var user = new Instance.Created(firstIndex + CreationOf(calls));
        Value? argument = (name.Identifier.ValueText, arguments.Count) switch
        {
            ("HomedOn" or "MoveTo", 1) => Pool(arguments[0].Expression),
            ("ExternalAccessPolicy", 1) => StringLiteral(arguments[0].Expression),
            ("Xmpp", 1) => BooleanLiteral(arguments[0].Expression),
            ("Xmpp", 0) => new Value.Constant(true, invocation.Span), // the default argument, at the call
            _ => null,
        };
        if (argument is null)
        {
            return false;
        }

        var method = name.Identifier.ValueText switch
        {
            "HomedOn" => DslMethod.HomedOn,
            "MoveTo" => DslMethod.MoveTo,
            "ExternalAccessPolicy" => DslMethod.ExternalAccessPolicy,
            _ => DslMethod.Xmpp,
        };
        calls.Add(new CallFact(method, user, ImmutableArray.Create<Value?>(argument), Span(invocation)));
        return true;
    }

    // The creation is the last User call read so far: the chain's own.
    private static int CreationOf(List<CallFact> calls)
    {
        for (var index = calls.Count - 1; index >= 0; index--)
        {
            if (calls[index].Method == DslMethod.User)
            {
                return index;
            }
        }

        return -1;
    }

    private static Value.Constant? StringLiteral(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
            ? new Value.Constant(literal.Token.ValueText, literal.Span)
            : null;

    private static Value.Constant? BooleanLiteral(ExpressionSyntax expression) => expression.Kind() switch
    {
        SyntaxKind.TrueLiteralExpression => new Value.Constant(true, expression.Span),
        SyntaxKind.FalseLiteralExpression => new Value.Constant(false, expression.Span),
        _ => null,
    };

    // A pool: an FQDN literal (converted to a PoolRef), or a PoolRef field or property of a type
    // of this compilation, named Type.Member.
    private Value? Pool(ExpressionSyntax expression)
    {
        if (StringLiteral(expression) is { } literal)
        {
            return literal;
        }

        if (expression is not MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Expression: IdentifierNameSyntax typeName, Name: IdentifierNameSyntax memberName })
        {
            return null;
        }

        // Thousands of users name the same few handles: each is looked up once per method.
        var key = (Method: expression.FirstAncestorOrSelf<MethodDeclarationSyntax>()?.SpanStart ?? -1, Type: typeName.Identifier.ValueText, Member: memberName.Identifier.ValueText);
        if (!_handles.TryGetValue(key, out var symbolKey))
        {
            _handles[key] = symbolKey = HandleKey(expression.SpanStart, typeName, key.Member);
        }

        return symbolKey is null ? null : new Value.SymbolReference(symbolKey, expression.Span);
    }

    // The symbol key of a PoolRef handle Type.Member, or null when the name means anything else.
    private string? HandleKey(int position, IdentifierNameSyntax typeName, string memberName)
    {
        if (TypeNamed(typeName) is not { } type)
        {
            return null;
        }

        var members = type.GetMembers(memberName);
        if (members.Length != 1 || members[0] is not { IsStatic: true } member
            || !SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, model.Compilation.Assembly)
            || !model.IsAccessible(position, member))
        {
            return null;
        }

        var memberType = member switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol { Parameters.IsEmpty: true, GetMethod: not null } property => property.Type,
            _ => null,
        };
        return SymbolEqualityComparer.Default.Equals(memberType, dsl.PoolRef) ? SymbolKeys.For(member) : null;
    }

    // What a simple name means where it is written, looked up once per method: a type,
    // or nothing when it could mean something else (a member, a parameter, a namespace).
    private INamedTypeSymbol? TypeNamed(IdentifierNameSyntax name)
    {
        var scope = name.FirstAncestorOrSelf<MethodDeclarationSyntax>()?.SpanStart ?? -1;
        var key = (scope, name.Identifier.ValueText);
        if (!_typesByName.TryGetValue(key, out var type))
        {
            var found = model.LookupSymbols(name.SpanStart, name: name.Identifier.ValueText);
            _typesByName[key] = type = found.Length == 1 ? found[0] as INamedTypeSymbol : null;
        }

        return type is { Arity: 0 } ? type : null;
    }

    // From the method's name to the closing parenthesis, as the binder-based reader reports.
    private static TextSpan Span(InvocationExpressionSyntax invocation) =>
        TextSpan.FromBounds(((MemberAccessExpressionSyntax)invocation.Expression).Name.SpanStart, invocation.Span.End);
}
