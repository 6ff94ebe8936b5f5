using System.Runtime.CompilerServices;
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
/// nodes. Users files are most of a large topology's lines, and their statements take two shapes:
/// <c>users.User("sip:…").HomedOn(Pools.Fe15).Xmpp();</c> on a <c>UserPlan</c> parameter, and
/// <c>users.Users(team)…</c>, a team's SIP addresses in a static field or property. The
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

    // What Xmpp() says, its flag left out.
    private static readonly object XmppWhenOmitted = DslMethods.Xmpp.Argument.WhenOmitted == false ? False : True;

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
    private UserLines.Builder _lines = null!;
    private SourceText _text = null!;
    private SourceText? _flatText;
    private (IMethodSymbol Method, string Name, INamedTypeSymbol? Type)? _lastType;

    // The declaring calls of the method's team statements, kept only once the whole method is read.
    private readonly List<BoundLine> _teams = [];

    // What UserPlan.Users takes: a name's type must convert to it as the binder would, implicitly.
    // A users file names a few types of lists for its many teams: each is asked once.
    private ITypeSymbol? _teamType;
    private readonly Dictionary<ITypeSymbol, bool> _convertsToTeam = new(SymbolEqualityComparer.Default);

    /// <summary>How many methods were read without binding since the process started: what tests watch.</summary>
    public static long MethodsRead => Interlocked.Read(ref _methodsRead);

    /// <summary>How many DSL calls were read without binding since the process started: what tests watch.</summary>
    public static long CallsRead => Interlocked.Read(ref _callsRead);

    /// <summary>
    /// Adds the users the method declares to <paramref name="lines"/>, a line per statement; false,
    /// adding nothing, when the method is not a plain list of users.
    /// </summary>
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    public bool TryRead(MethodDeclarationSyntax method, UserLines.Builder lines)
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

        var planParameters = symbol.Parameters
            .Where(p => p.RefKind == RefKind.None && SymbolEqualityComparer.Default.Equals(p.Type, dsl.UserPlan) && SyntaxFacts.GetKeywordKind(p.Name) == SyntaxKind.None)
            .ToList();
        if (planParameters.Count == 0)
        {
            return false;
        }

        var plans = new Dictionary<string, (int Index, Instance Plan)>();
        foreach (var parameter in planParameters)
        {
            var plan = new Instance.Parameter(SymbolKeys.For(symbol), parameter.Ordinal);
            plans.Add(parameter.Name, (lines.Plan(plan), plan));
        }

        (_method, _declaration, _lines, _text) = (symbol, method, lines, _flatText ??= UserListLexer.Flat(model.SyntaxTree.GetText(cancellationToken)));
        var lexer = new UserListLexer(_text, statements.Start, statements.End);
        var buffer = t_buffer ??= [];
        buffer.Clear();
        _teams.Clear();
        var calls = 0;
        for (var token = lexer.Next(); !token.Is(UserListTokenKind.End); token = lexer.Next())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!UserStatement.Read(token, ref lexer, out var statement) || LineOf(statement, in lexer, plans) is not { } line)
            {
                return false;
            }

            buffer.Add(line);
            calls += statement.CallCount;
        }

        if (buffer.Count == 0)
        {
            return false; // no statement: nothing to read
        }

        lines.AddRange(buffer, _teams);

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

    // The line of a statement: its plan and its arguments as the tree's values; null when a name
    // means something else than a plan, a pool handle or a team.
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private UserLine? LineOf(in UserStatement statement, in UserListLexer lexer, Dictionary<string, (int Index, Instance Plan)> plans)
    {
        if (PlanNamed(statement.Plan, in lexer, plans) is not var (plan, planInstance)
            || ValueOf(statement.Home) is not { } home
            || ValueOf(statement.Move) is not { } move
            || ValueOf(statement.Xmpp) is not { } xmpp
            || ValueOf(statement.Policy) is not { } policy)
        {
            return null;
        }

        if (statement.DeclaresOneUser)
        {
            return new UserLine(statement.Plan.Start, plan, home, move, xmpp, policy, SipAddressHash.Of(_text, statement.User.ArgumentSpan));
        }

        // A team: the call the binder would read, its list named as the binder gives it.
        if (TeamNamed(statement.User.ArgumentSpan) is not { } team)
        {
            return null;
        }

        _teams.Add(new BoundLine(new CallFact(DslMethod.UserGroup, planInstance, ImmutableArray.Create<Value?>(team), statement.User.Span), statement));
        return new UserLine(statement.User.Span.Start, plan, home, move, xmpp, policy, Sip: 0, Bound: _teams.Count);
    }

    // The static field or property of that simple name that holds a team's SIP addresses, as the
    // binder reads it given to Users: null when the name means anything else (a parameter, a
    // type, an instance member, a value Users cannot take as it is).
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private Value? TeamNamed(TextSpan argument)
    {
        var name = _text.ToString(argument);
        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || NamesAParameter(name) || TeamType() is not { } teamType)
        {
            return null;
        }

        return MemberOrNameInScope(name) switch
        {
            IFieldSymbol { IsStatic: true } field when ConvertsTo(field.Type, teamType) => ValueReader.OfField(field, model, argument),
            IPropertySymbol { IsStatic: true, Parameters.IsEmpty: true, GetMethod: not null } property when ConvertsTo(property.Type, teamType) =>
                (Value?)ValueReader.OfProperty(property, model, argument) ?? new Value.NotConstant(argument),
            _ => null,
        };
    }

    // UserPlan.Users's one parameter's type; null unless the DSL declares exactly one such method.
    private ITypeSymbol? TeamType() => _teamType ??= dsl.UserPlan!.GetMembers(DslMethods.UserGroup.Name) is { Length: 1 } members
        && members[0] is IMethodSymbol { IsGenericMethod: false, Parameters: { Length: 1 } parameters } && parameters[0].RefKind == RefKind.None
        ? parameters[0].Type
        : null;

    // What a simple name means in the method's body, without locals or lambdas: a member of the
    // method's own type (not generic), which the language looks up before any outer scope, else
    // whatever the lookup finds (a member of a base or an outer type, a static import). Teams have
    // names of their own, so a lookup of each would be made once per team: the type's members come first.
    private ISymbol? MemberOrNameInScope(string name) => _method.ContainingType switch
    {
        { IsGenericType: false } type when type.GetMembers(name) is { Length: > 0 } members => members.Length == 1 ? members[0] : null,
        _ => _names.Of(_declaration.Parent!, _declaration.ReturnType.SpanStart, name),
    };

    // An implicit conversion the language defines (no user-defined one, nothing dynamic): the
    // binder then reads the argument as the name itself.
    private bool ConvertsTo(ITypeSymbol type, ITypeSymbol teamType)
    {
        if (!_convertsToTeam.TryGetValue(type, out var converts))
        {
            _convertsToTeam[type] = converts = type.TypeKind is not (TypeKind.Dynamic or TypeKind.Error)
                && model.Compilation.ClassifyCommonConversion(type, teamType) is { Exists: true, IsImplicit: true, IsUserDefined: false };
        }

        return converts;
    }

    // The index of a call's argument among the tree's values (0: the call is not made); null for a
    // Type.Member that is not a pool handle this method may name.
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private int? ValueOf(LineCall call) => call.Argument switch
    {
        LineArgument.None => 0,
        LineArgument.String => _lines.Constant(UserListLexer.StringValue(_text, call.ArgumentSpan)),
        LineArgument.True => _lines.Constant(True),
        LineArgument.Default => _lines.Constant(XmppWhenOmitted), // only Xmpp() leaves its argument out
        LineArgument.False => _lines.Constant(False),
        _ => Handle(call.ArgumentSpan) is { } handle ? _lines.Handle(handle, dsl.HandleCount) : null,
    };

    // A PoolRef field or property of a type of this compilation, named Type.Member at that span.
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private PoolHandle? Handle(TextSpan argument)
    {
        var lexer = new UserListLexer(_text, argument.Start, argument.End);
        var (typeName, _, memberName) = (lexer.Next(), lexer.Next(), lexer.Next());
        if (TypeNamed(typeName, in lexer) is not { } type)
        {
            return null;
        }

        var name = lexer.Name(memberName);
        if (!dsl.PoolHandles.TryGetValue((type, name), out var handle))
        {
            // Another thread may have added it meanwhile: every tree then uses the same handle.
            handle = dsl.PoolHandles.GetOrAdd((type, name.Kept()), HandleNamed(type, name.ToString()));
        }

        return handle is null || !(handle.AccessibleInAssembly || model.Compilation.IsSymbolAccessibleWithin(handle.Member, _method.ContainingType)) ? null : handle;
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
        return SymbolEqualityComparer.Default.Equals(memberType, dsl.PoolRef) ? new PoolHandle(member, new PoolHandleKey(SymbolKeys.For(member)), AccessibleInAssembly(member), dsl.NextHandleIndex()) : null;
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
        if (SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && !NamesAParameter(name))
        {
            type = _names.Of(_declaration.Parent!, _declaration.ReturnType.SpanStart, name) as INamedTypeSymbol is { Arity: 0 } named ? named : null;
        }

        _lastType = (_method, name, type);
        return type;
    }

    // Not a lambda: its closure would be made on every call of TypeNamed, a call per users line.
    private bool NamesAParameter(string name)
    {
        foreach (var parameter in _method.Parameters)
        {
            if (parameter.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    // The plan a statement starts with; a parameter named like a keyword (@this) is not read here.
    private static (int Index, Instance Plan)? PlanNamed(UserListToken token, in UserListLexer lexer, Dictionary<string, (int Index, Instance Plan)> plans)
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
}
