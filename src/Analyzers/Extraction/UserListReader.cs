using System;
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
/// Reads a method that only lists users without binding its body, nor even building its syntax
/// nodes. Users files are most of a large topology's lines, and their statements take one shape:
/// <c>users.User("sip:…").HomedOn(Pools.Fe15).Xmpp();</c> on a <c>UserPlan</c> parameter. The
/// method's signature is bound (cheap), its body is read from the text (<see cref="UserListLexer"/>),
/// each type and handle is looked up once, and anything outside that shape leaves the method to
/// the binder: the facts are the ones binding would give (tests compare both readers).
/// </summary>
/// <remarks>
/// Written by hand because no library reads C# this way: it is the analyzer's own shortcut.
/// The DSL's user methods have no overloads, UserPlan and UserBuilder are sealed, and an instance
/// method always wins over an extension method, so the name of each call decides its method.
/// </remarks>
internal sealed class UserListReader(SemanticModel model, DslSymbols dsl, CancellationToken cancellationToken)
{
    private static readonly object True = true;
    private static readonly object False = false;

    // Lines are read into a buffer kept per thread, then copied once into the tree's array:
    // growing that array line by line left garbage several times its size, on the large-object heap.
    private const int MaxBufferKept = 8192;

    [ThreadStatic]
    private static List<UserLine>? t_buffer;

    private static long _methodsRead;
    private static long _callsRead;

    // What a name means depends on the type declaration it is written in (its usings, its
    // members). Handles are looked up once per compilation (DslSymbols.PoolHandles).
    private readonly ScopeNames _names = new(model);

    // The method being read.
    private IMethodSymbol _method = null!;
    private MethodDeclarationSyntax _declaration = null!;
    private (IMethodSymbol Method, string Name, INamedTypeSymbol? Type)? _lastType;

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
        if (dsl.UserPlan is null || method.ParameterList.Parameters.Count == 0 || StatementsOf(method) is not { } statements)
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
            .Where(p => p.RefKind == RefKind.None && SymbolEqualityComparer.Default.Equals(p.Type, dsl.UserPlan) && SyntaxFacts.GetKeywordKind(p.Name) == SyntaxKind.None)
            .ToDictionary(p => p.Name, p => new Instance.Parameter(SymbolKeys.For(symbol), p.Ordinal));
        if (plans.Count == 0)
        {
            return false;
        }

        (_method, _declaration) = (symbol, method);
        var lexer = new UserListLexer(model.SyntaxTree.GetText(cancellationToken), statements.Start, statements.End);
        var buffer = t_buffer ??= [];
        buffer.Clear();
        var calls = 0;
        for (var token = lexer.Next(); !token.Is(UserListTokenKind.End); token = lexer.Next())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReadStatement(token, ref lexer, plans) is not { } line)
            {
                return false;
            }

            buffer.Add(line);
            calls += line.CallCount;
        }

        if (buffer.Count == 0)
        {
            return false; // no statement: nothing to read
        }

        lines.Capacity = Math.Max(lines.Capacity, lines.Count + buffer.Count);
        foreach (var line in buffer)
        {
            lines.Add(line);
        }

        if (buffer.Capacity > MaxBufferKept)
        {
            t_buffer = null; // a very large method: its buffer is not kept for the life of the thread
        }

        Interlocked.Increment(ref _methodsRead);
        Interlocked.Add(ref _callsRead, calls);
        return true;
    }

    // Where a method's statements are: inside its block, or its arrow's expression and semicolon.
    // Only code the compiler accepted, and that no directive changes: none when it reported anything there.
    private static TextSpan? StatementsOf(MethodDeclarationSyntax method) => method switch
    {
        { Body: { ContainsDiagnostics: false, ContainsDirectives: false } body, ExpressionBody: null } =>
            TextSpan.FromBounds(body.OpenBraceToken.Span.End, body.CloseBraceToken.SpanStart),
        { Body: null, ExpressionBody: { ContainsDiagnostics: false, ContainsDirectives: false } arrow, SemicolonToken: { IsMissing: false } semicolon } =>
            TextSpan.FromBounds(arrow.ArrowToken.Span.End, semicolon.Span.End),
        _ => null,
    };

    // plan.User("sip") { .Setting(argument) } ;
    private UserLine? ReadStatement(UserListToken plan, ref UserListLexer lexer, Dictionary<string, Instance.Parameter> plans)
    {
        if (PlanNamed(plan, in lexer, plans) is not { } parameter
            || !lexer.Next().Is(UserListTokenKind.Dot)
            || lexer.Next() is not { Kind: UserListTokenKind.Identifier } name || !lexer.IsText(name, "User")
            || !lexer.Next().Is(UserListTokenKind.OpenParenthesis)
            || lexer.Next() is not { Kind: UserListTokenKind.String } sip
            || lexer.Next() is not { Kind: UserListTokenKind.CloseParenthesis } close)
        {
            return null;
        }

        var parts = new LineParts { Plan = parameter, User = new LineCall(Span(name, close), null, Span(sip, sip)) };
        while (true)
        {
            var next = lexer.Next();
            if (next.Is(UserListTokenKind.Semicolon))
            {
                return new UserLine(parts.Plan, parts.User, parts.Home, parts.Move, parts.Xmpp, parts.Policy);
            }

            if (!next.Is(UserListTokenKind.Dot) || !ReadSetting(ref lexer, plan.Start, ref parts))
            {
                return null;
            }
        }
    }

    // HomedOn(pool) | MoveTo(pool) | Xmpp() | Xmpp(true|false) | ExternalAccessPolicy("name"),
    // each once: a setting made twice is left to the binder (each value is read, the last one wins).
    private bool ReadSetting(ref UserListLexer lexer, int chainStart, ref LineParts parts)
    {
        if (lexer.Next() is not { Kind: UserListTokenKind.Identifier } name || !lexer.Next().Is(UserListTokenKind.OpenParenthesis))
        {
            return false;
        }

        var method = lexer.IsText(name, "HomedOn") ? DslMethod.HomedOn
            : lexer.IsText(name, "MoveTo") ? DslMethod.MoveTo
            : lexer.IsText(name, "Xmpp") ? DslMethod.Xmpp
            : lexer.IsText(name, "ExternalAccessPolicy") ? DslMethod.ExternalAccessPolicy
            : (DslMethod?)null;
        var argument = lexer.Next();
        if (method == DslMethod.Xmpp && argument.Is(UserListTokenKind.CloseParenthesis))
        {
            // The default argument, reported at the whole call.
            return TrySet(ref parts.Xmpp, new LineCall(Span(name, argument), True, TextSpan.FromBounds(chainStart, argument.End)));
        }

        var value = (method, argument.Kind) switch
        {
            (DslMethod.HomedOn or DslMethod.MoveTo or DslMethod.ExternalAccessPolicy, UserListTokenKind.String) => new LineCall(default, lexer.StringValue(argument), Span(argument, argument)),
            (DslMethod.HomedOn or DslMethod.MoveTo, UserListTokenKind.Identifier) => Handle(argument, ref lexer),
            (DslMethod.Xmpp, UserListTokenKind.Identifier) when lexer.IsText(argument, "true") => new LineCall(default, True, Span(argument, argument)),
            (DslMethod.Xmpp, UserListTokenKind.Identifier) when lexer.IsText(argument, "false") => new LineCall(default, False, Span(argument, argument)),
            _ => (LineCall?)null,
        };
        if (value is not { } read || lexer.Next() is not { Kind: UserListTokenKind.CloseParenthesis } close)
        {
            return false;
        }

        var call = read with { Span = Span(name, close) };
        return method switch
        {
            DslMethod.HomedOn => TrySet(ref parts.Home, call),
            DslMethod.MoveTo => TrySet(ref parts.Move, call),
            DslMethod.ExternalAccessPolicy => TrySet(ref parts.Policy, call),
            _ => TrySet(ref parts.Xmpp, call),
        };
    }

    // A setting made twice is left to the binder.
    private static bool TrySet(ref LineCall setting, LineCall call)
    {
        if (setting.IsMade)
        {
            return false;
        }

        setting = call;
        return true;
    }

    // A PoolRef field or property of a type of this compilation, named Type.Member; the call's
    // span is set by the caller.
    private LineCall? Handle(UserListToken typeName, ref UserListLexer lexer)
    {
        if (!lexer.Next().Is(UserListTokenKind.Dot)
            || lexer.Next() is not { Kind: UserListTokenKind.Identifier } memberName
            || TypeNamed(typeName, in lexer) is not { } type)
        {
            return null;
        }

        var name = lexer.Name(memberName);
        if (!dsl.PoolHandles.TryGetValue((type, name), out var handle))
        {
            dsl.PoolHandles.TryAdd((type, name.Kept()), handle = HandleNamed(type, name.ToString()));
        }

        return handle is null || !(handle.AccessibleInAssembly || model.Compilation.IsSymbolAccessibleWithin(handle.Member, _method.ContainingType))
            ? null
            : new LineCall(default, handle.Key, Span(typeName, memberName));
    }

    // The PoolRef handle Type.Member, or null when the name means anything else.
    private PoolHandle? HandleNamed(INamedTypeSymbol type, string memberName)
    {
        var members = type.GetMembers(memberName);
        if (members.Length != 1 || members[0] is not { IsStatic: true } member
            || !SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, model.Compilation.Assembly))
        {
            return null;
        }

        var memberType = member switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol { Parameters.IsEmpty: true, GetMethod: not null } property => property.Type,
            _ => null,
        };
        return SymbolEqualityComparer.Default.Equals(memberType, dsl.PoolRef) ? new PoolHandle(member, new PoolHandleKey(SymbolKeys.For(member)), AccessibleInAssembly(member)) : null;
    }

    // Internal or public, and so is every containing type: any type of the assembly may name it.
    private static bool AccessibleInAssembly(ISymbol symbol)
    {
        for (var current = symbol; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Internal or Accessibility.Public))
            {
                return false;
            }
        }

        return true;
    }

    // What a simple name means in the method's body: a type, or nothing when it could mean
    // something else (a parameter, a member, a namespace, a keyword). Names are looked up at the
    // method's return type, outside the body: inside it, the semantic model would build the
    // binders of the whole method. In these bodies only the parameters add names (no locals, no
    // lambdas). Users files name the same type line after line: the last answer is kept.
    private INamedTypeSymbol? TypeNamed(UserListToken token, in UserListLexer lexer)
    {
        if (_lastType is { } last && SymbolEqualityComparer.Default.Equals(last.Method, _method) && lexer.IsText(token, last.Name))
        {
            return last.Type;
        }

        var name = lexer.Text(token);
        INamedTypeSymbol? type = null;
        if (SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && !_method.Parameters.Any(parameter => parameter.Name == name))
        {
            type = _names.Of(_declaration.Parent!, _declaration.ReturnType.SpanStart, name) as INamedTypeSymbol is { Arity: 0 } named ? named : null;
        }

        _lastType = (_method, name, type);
        return type;
    }

    // The plan a statement starts with; a parameter named like a keyword (@this) is not read here.
    private static Instance.Parameter? PlanNamed(UserListToken token, in UserListLexer lexer, Dictionary<string, Instance.Parameter> plans)
    {
        if (token.Is(UserListTokenKind.Identifier))
        {
            foreach (var plan in plans)
            {
                if (lexer.IsText(token, plan.Key))
                {
                    return plan.Value;
                }
            }
        }

        return null;
    }

    private static TextSpan Span(UserListToken first, UserListToken last) => TextSpan.FromBounds(first.Start, last.End);

    // A line's calls as its chain is read; written in place, not copied per call.
    private struct LineParts
    {
        public Instance.Parameter Plan;
        public LineCall User;
        public LineCall Home;
        public LineCall Move;
        public LineCall Xmpp;
        public LineCall Policy;
    }
}
