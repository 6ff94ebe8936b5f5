using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// Reads a method that only lists users without binding its body, from the syntax the compiler
/// already parsed: the same methods as <see cref="UserListReader"/> (the same shapes, the same
/// fallback to the binder for anything else) into the same lines and values. Each statement is
/// read by <see cref="UserStatement.Read(ExpressionSyntax, out UserStatement, out SyntaxToken, ExpressionSyntax[])"/>;
/// each type and handle is looked up once.
/// </summary>
/// <remarks>
/// The DSL's user methods have no overloads, UserPlan and UserBuilder are sealed, and an instance
/// method always wins over an extension method, so the name of each call decides its method.
/// </remarks>
internal sealed class UserListSyntaxReader(SemanticModel model, DslSymbols dsl, CancellationToken cancellationToken)
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
    private (IMethodSymbol Method, string Name, INamedTypeSymbol? Type)? _lastType;

    // The arguments of the statement being read, by UserStatement.Slot.
    private readonly ExpressionSyntax?[] _arguments = new ExpressionSyntax?[UserStatement.Slots];

    /// <summary>How many methods were read without binding since the process started: what tests watch.</summary>
    public static long MethodsRead => Interlocked.Read(ref _methodsRead);

    /// <summary>How many DSL calls were read without binding since the process started: what tests watch.</summary>
    public static long CallsRead => Interlocked.Read(ref _callsRead);

    /// <summary>
    /// Adds the users the method declares to <paramref name="lines"/>, a line per statement; false,
    /// adding nothing, when the method is not a plain list of users.
    /// </summary>
    public bool TryRead(MethodDeclarationSyntax method, UserLines.Builder lines)
    {
        if (dsl.UserPlan is null || method.ParameterList.Parameters.Count == 0 || !IsPlainBody(method))
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

        var plans = planParameters.ToDictionary(p => p.Name, p => lines.Plan(new Instance.Parameter(SymbolKeys.For(symbol), p.Ordinal)));
        (_method, _declaration, _lines) = (symbol, method, lines);
        var buffer = t_buffer ??= [];
        buffer.Clear();
        var calls = 0;
        if (method.ExpressionBody is { } arrow)
        {
            if (!TryReadStatement(arrow.Expression, plans, buffer, ref calls))
            {
                return false;
            }
        }
        else
        {
            foreach (var statement in method.Body!.Statements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (statement is not ExpressionStatementSyntax expression || !TryReadStatement(expression.Expression, plans, buffer, ref calls))
                {
                    return false;
                }
            }
        }

        if (buffer.Count == 0)
        {
            return false; // no statement: nothing to read
        }

        lines.AddRange(buffer);

        if (buffer.Capacity > MaxBufferKept)
        {
            t_buffer = null; // a very large method: its buffer is not kept for the life of the thread
        }

        Interlocked.Increment(ref _methodsRead);
        Interlocked.Add(ref _callsRead, calls);
        return true;
    }

    // Only code the compiler accepted, and that no directive changes: a block, or an arrow and its semicolon.
    private static bool IsPlainBody(MethodDeclarationSyntax method) => method switch
    {
        { Body: { ContainsDiagnostics: false, ContainsDirectives: false }, ExpressionBody: null } => true,
        { Body: null, ExpressionBody: { ContainsDiagnostics: false, ContainsDirectives: false }, SemicolonToken.IsMissing: false } => true,
        _ => false,
    };

    private bool TryReadStatement(ExpressionSyntax expression, Dictionary<string, int> plans, List<UserLine> buffer, ref int calls)
    {
        if (!UserStatement.Read(expression, out var statement, out var plan, _arguments) || LineOf(statement, plan, plans) is not { } line)
        {
            return false;
        }

        buffer.Add(line);
        calls += statement.CallCount;
        return true;
    }

    // The line of a statement: its plan and its arguments as the tree's values; null when a name
    // means something else than a plan or a pool handle.
    private UserLine? LineOf(in UserStatement statement, SyntaxToken planName, Dictionary<string, int> plans)
    {
        if (!plans.TryGetValue(planName.Text, out var plan)
            || ValueOf(statement.Home, DslMethod.HomedOn) is not { } home
            || ValueOf(statement.Move, DslMethod.MoveTo) is not { } move
            || ValueOf(statement.Xmpp, DslMethod.Xmpp) is not { } xmpp
            || ValueOf(statement.Policy, DslMethod.ExternalAccessPolicy) is not { } policy)
        {
            return null;
        }

        return new UserLine(planName.SpanStart, plan, home, move, xmpp, policy);
    }

    // The index of a call's argument among the tree's values (0: the call is not made); null for a
    // Type.Member that is not a pool handle this method may name.
    private int? ValueOf(LineCall call, DslMethod method) => call.Argument switch
    {
        LineArgument.None => 0,
        LineArgument.String => _lines.Constant(((LiteralExpressionSyntax)_arguments[UserStatement.Slot(method)]!).Token.ValueText),
        LineArgument.True => _lines.Constant(True),
        LineArgument.Default => _lines.Constant(XmppWhenOmitted), // only Xmpp() leaves its argument out
        LineArgument.False => _lines.Constant(False),
        _ => Handle((MemberAccessExpressionSyntax)_arguments[UserStatement.Slot(method)]!) is { } handle ? _lines.Handle(handle, dsl.HandleCount) : null,
    };

    // A PoolRef field or property of a type of this compilation, named Type.Member.
    private PoolHandle? Handle(MemberAccessExpressionSyntax argument)
    {
        if (TypeNamed(((IdentifierNameSyntax)argument.Expression).Identifier.Text) is not { } type)
        {
            return null;
        }

        var name = new MemberName(argument.Name.Identifier.Text);
        if (!dsl.PoolHandles.TryGetValue((type, name), out var handle))
        {
            // Another thread may have added it meanwhile: every tree then uses the same handle.
            handle = dsl.PoolHandles.GetOrAdd((type, name), HandleNamed(type, name.ToString()));
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
    private INamedTypeSymbol? TypeNamed(string name)
    {
        if (_lastType is { } last && SymbolEqualityComparer.Default.Equals(last.Method, _method) && last.Name == name)
        {
            return last.Type;
        }

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
}
