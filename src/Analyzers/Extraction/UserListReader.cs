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

    // What a name means depends on the type declaration it is written in (its usings, its
    // members); what a handle is, also on the type that names it (accessibility). Thousands of
    // users name the same few: each is looked up once.
    private readonly Dictionary<(SyntaxNode? Scope, string Name), INamedTypeSymbol?> _typesByName = [];
    private readonly Dictionary<(INamedTypeSymbol Type, string Member, INamedTypeSymbol Within), string?> _handles = [];

    private static readonly object True = true;
    private static readonly object False = false;

    // The method being read.
    private IMethodSymbol _method = null!;
    private MethodDeclarationSyntax _declaration = null!;

    /// <summary>How many methods were read without binding since the process started: what tests watch.</summary>
    public static long MethodsRead => Interlocked.Read(ref _methodsRead);

    /// <summary>How many DSL calls were read without binding since the process started: what tests watch.</summary>
    public static long CallsRead => Interlocked.Read(ref _callsRead);

    /// <summary>
    /// Adds the users the method declares to <paramref name="lines"/>, a line per statement; false,
    /// adding nothing, when the method is not a plain list of users.
    /// </summary>
    public bool TryRead(MethodDeclarationSyntax method, ImmutableArray<UserLine>.Builder lines)
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
            return false;
        }

        // The parameters that are user plans, by name: what the first call of each chain is made on.
        var symbol = model.GetDeclaredSymbol(method, cancellationToken);
        if (symbol is null || symbol.IsGenericMethod || symbol.ContainingType is null)
        {
            return false;
        }

        var plans = symbol.Parameters
            .Where(p => p.RefKind == RefKind.None && SymbolEqualityComparer.Default.Equals(p.Type, dsl.UserPlan))
            .ToDictionary(p => p.Name, p => new Instance.Parameter(SymbolKeys.For(symbol), p.Ordinal));
        if (plans.Count == 0)
        {
            return false;
        }

        (_method, _declaration) = (symbol, method);
        var (first, calls) = (lines.Count, 0);
        foreach (var statement in statements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parts = default(LineParts);
            if (!ReadChain((InvocationExpressionSyntax)statement!, plans, ref parts))
            {
                lines.Count = first;
                return false;
            }

            var line = new UserLine(parts.Plan!, parts.User, parts.Home, parts.Move, parts.Xmpp, parts.Policy);
            lines.Add(line);
            calls += line.CallCount;
        }

        Interlocked.Increment(ref _methodsRead);
        Interlocked.Add(ref _callsRead, calls);
        return true;
    }

    // A chain is read receiver first: the innermost call creates the user, each outer call sets it.
    private bool ReadChain(InvocationExpressionSyntax invocation, Dictionary<string, Instance.Parameter> plans, ref LineParts line)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access
            || access.Name is not IdentifierNameSyntax name)
        {
            return false;
        }

        var arguments = invocation.ArgumentList.Arguments;
        foreach (var argument in arguments)
        {
            if (argument.NameColon is not null || !argument.RefKindKeyword.IsKind(SyntaxKind.None))
            {
                return false;
            }
        }

        // From the method's name to the closing parenthesis, as the binder-based reader reports.
        var span = TextSpan.FromBounds(name.SpanStart, invocation.Span.End);
        var method = name.Identifier.ValueText;
        if (access.Expression is IdentifierNameSyntax receiver && plans.TryGetValue(receiver.Identifier.ValueText, out var plan))
        {
            if (method != "User" || arguments.Count != 1 || StringLiteral(arguments[0].Expression, span) is not { IsMade: true } user)
            {
                return false;
            }

            (line.Plan, line.User) = (plan, user);
            return true;
        }

        if (access.Expression is not InvocationExpressionSyntax inner || !ReadChain(inner, plans, ref line))
        {
            return false;
        }

        var call = (method, arguments.Count) switch
        {
            ("HomedOn" or "MoveTo", 1) => Pool(arguments[0].Expression, span),
            ("ExternalAccessPolicy", 1) => StringLiteral(arguments[0].Expression, span),
            ("Xmpp", 1) => BooleanLiteral(arguments[0].Expression, span),
            ("Xmpp", 0) => new LineCall(span, True, null, invocation.Span), // the default argument, at the call
            _ => default,
        };

        // A setting made twice is left to the binder: each of its values is read, the last one wins.
        switch (method)
        {
            case "HomedOn" when call.IsMade && !line.Home.IsMade:
                line.Home = call;
                return true;
            case "MoveTo" when call.IsMade && !line.Move.IsMade:
                line.Move = call;
                return true;
            case "Xmpp" when call.IsMade && !line.Xmpp.IsMade:
                line.Xmpp = call;
                return true;
            case "ExternalAccessPolicy" when call.IsMade && !line.Policy.IsMade:
                line.Policy = call;
                return true;
            default:
                return false;
        }
    }

    private static LineCall StringLiteral(ExpressionSyntax expression, TextSpan call) =>
        expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
            ? new LineCall(call, literal.Token.ValueText, null, literal.Span)
            : default;

    private static LineCall BooleanLiteral(ExpressionSyntax expression, TextSpan call) => expression.Kind() switch
    {
        SyntaxKind.TrueLiteralExpression => new LineCall(call, True, null, expression.Span),
        SyntaxKind.FalseLiteralExpression => new LineCall(call, False, null, expression.Span),
        _ => default,
    };

    // A pool: an FQDN literal (converted to a PoolRef), or a PoolRef field or property of a type
    // of this compilation, named Type.Member.
    private LineCall Pool(ExpressionSyntax expression, TextSpan call)
    {
        if (StringLiteral(expression, call) is { IsMade: true } literal)
        {
            return literal;
        }

        if (expression is not MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Expression: IdentifierNameSyntax typeName, Name: IdentifierNameSyntax memberName }
            || TypeNamed(typeName.Identifier.ValueText) is not { } type)
        {
            return default;
        }

        var key = (type, memberName.Identifier.ValueText, _method.ContainingType);
        if (!_handles.TryGetValue(key, out var symbolKey))
        {
            _handles[key] = symbolKey = HandleKey(type, key.Item2, key.ContainingType);
        }

        return symbolKey is null ? default : new LineCall(call, null, symbolKey, expression.Span);
    }

    // The symbol key of a PoolRef handle Type.Member, or null when the name means anything else.
    // Accessibility is asked of the compilation (from within the reading type), not at a position.
    private string? HandleKey(INamedTypeSymbol type, string memberName, INamedTypeSymbol within)
    {
        var members = type.GetMembers(memberName);
        if (members.Length != 1 || members[0] is not { IsStatic: true } member
            || !SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, model.Compilation.Assembly)
            || !model.Compilation.IsSymbolAccessibleWithin(member, within))
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

    // What a simple name means in the method's body: a type, or nothing when it could mean
    // something else (a parameter, a member, a namespace).
    private INamedTypeSymbol? TypeNamed(string name)
    {
        if (_method.Parameters.Any(parameter => parameter.Name == name))
        {
            return null;
        }

        var key = (_declaration.Parent, name);
        if (!_typesByName.TryGetValue(key, out var type))
        {
            var found = model.LookupSymbols(_declaration.ReturnType.SpanStart, name: name);
            _typesByName[key] = type = found.Length == 1 ? found[0] as INamedTypeSymbol : null;
        }

        return type is { Arity: 0 } ? type : null;
    }

    // A line's calls as its chain is read, the innermost first; written in place, not copied per call.
    private struct LineParts
    {
        public Instance.Parameter? Plan;
        public LineCall User;
        public LineCall Home;
        public LineCall Move;
        public LineCall Xmpp;
        public LineCall Policy;
    }
}
