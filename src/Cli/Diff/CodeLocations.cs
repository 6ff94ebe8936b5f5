using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using XmppTopology.Cli.Analysis;

namespace XmppTopology.Cli.Diff;

/// <summary>
/// Where the code declares each pool and homes each user: the DSL calls whose FQDN or SIP
/// address the compiler knows (a literal, a constant, a PoolRef field or property initialized
/// from one, an array of SIP literals). A value built at run time has no line; the diff then
/// names the file of the topology method alone.
/// </summary>
internal sealed class CodeLocations
{
    private static readonly HashSet<string> PoolMethods = new(StringComparer.Ordinal)
    {
        "FrontEndPool", "StandardEditionServer", "EdgePool", "DirectorPool", "SurvivableBranchAppliance", "SurvivableBranchServer",
    };

    private readonly Dictionary<string, SourceLine> _pools = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SourceLine> _users = new(StringComparer.OrdinalIgnoreCase);

    private CodeLocations(SourceLine fallback) => Fallback = fallback;

    /// <summary>The file of the topology method: where a value without a known line comes from.</summary>
    public SourceLine Fallback { get; }

    public SourceLine Pool(string fqdn) => _pools.TryGetValue(fqdn, out var at) ? at : Fallback;

    public SourceLine User(string sip) => _users.TryGetValue(sip, out var at) ? at : Fallback;

    public static async Task<CodeLocations> FindAsync(Project project, string root, string topologyType, CancellationToken cancellationToken)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var typeFile = compilation.GetTypeByMetadataName(topologyType)?.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree?.FilePath;
        var locations = new CodeLocations(new SourceLine(typeFile is null ? project.FilePath ?? project.Name : ReportRoot.RelativePath(root, typeFile), 0));
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var invocation in (await tree.GetRootAsync(cancellationToken).ConfigureAwait(false)).DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (invocation.ArgumentList.Arguments.Count == 0
                    || model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { ContainingNamespace.Name: "XmppTopology" } method)
                {
                    continue;
                }

                var argument = invocation.ArgumentList.Arguments[0].Expression;
                if (PoolMethods.Contains(method.Name) && method.ContainingType.Name.EndsWith("SiteBuilder", StringComparison.Ordinal))
                {
                    foreach (var fqdn in Strings(compilation, model, argument, cancellationToken))
                    {
                        locations._pools.TryAdd(fqdn, Line(root, invocation));
                    }
                }
                else if (method.ContainingType.Name == "UserPlan" && method.Name is "User" or "Users")
                {
                    var at = Line(root, HomedOnOf(invocation) ?? invocation);
                    foreach (var sip in Strings(compilation, model, argument, cancellationToken))
                    {
                        locations._users.TryAdd(sip, at);
                    }
                }
            }
        }

        return locations;
    }

    // users.User(...).HomedOn(pool)...: the call that says where the user is homed today.
    private static InvocationExpressionSyntax? HomedOnOf(InvocationExpressionSyntax declaration)
    {
        for (SyntaxNode? node = declaration; node?.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax call } access; node = call)
        {
            if (access.Name.Identifier.Text == "HomedOn")
            {
                return call;
            }
        }

        return null;
    }

    // The string values an argument stands for, when the compiler can know them.
    private static IEnumerable<string> Strings(Compilation compilation, SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        if (model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: string constant })
        {
            return [constant];
        }

        switch (expression)
        {
            case CollectionExpressionSyntax collection:
                return collection.Elements.OfType<ExpressionElementSyntax>().SelectMany(e => Strings(compilation, model, e.Expression, cancellationToken));
            case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                return initializer.Expressions.SelectMany(e => Strings(compilation, model, e, cancellationToken));
            case ImplicitArrayCreationExpressionSyntax array:
                return array.Initializer.Expressions.SelectMany(e => Strings(compilation, model, e, cancellationToken));
            case InitializerExpressionSyntax initializer:
                return initializer.Expressions.SelectMany(e => Strings(compilation, model, e, cancellationToken));
            case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: [var only] }:
                return Strings(compilation, model, only.Expression, cancellationToken);
        }

        // A field or property (a PoolRef handle, an array of SIP addresses): its initializer.
        var symbol = model.GetSymbolInfo(expression, cancellationToken).Symbol;
        if (symbol is not (IFieldSymbol or IPropertySymbol))
        {
            return [];
        }

        var value = symbol.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).Select(syntax => syntax switch
        {
            VariableDeclaratorSyntax variable => variable.Initializer?.Value,
            PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
            _ => null,
        }).FirstOrDefault(found => found is not null);
        return value is null || ReferenceEquals(value, expression)
            ? []
            : Strings(compilation, compilation.GetSemanticModel(value.SyntaxTree), value, cancellationToken);
    }

    // A call's line is its method name's: a fluent chain starts lines above the call itself.
    private static SourceLine Line(string root, InvocationExpressionSyntax call)
    {
        var span = (call.Expression is MemberAccessExpressionSyntax access ? access.Name : (SyntaxNode)call).GetLocation().GetLineSpan();
        return new SourceLine(ReportRoot.RelativePath(root, span.Path), span.StartLinePosition.Line + 1);
    }
}
