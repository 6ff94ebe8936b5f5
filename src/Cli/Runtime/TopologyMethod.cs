using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace XmppTopology.Cli.Runtime;

/// <summary>
/// The project's static, parameterless method that returns its <c>Topology</c> (as
/// <c>ContosoTopology.Build()</c>): found in the compilation, so the choice does not depend on
/// what reflection happens to load.
/// </summary>
internal sealed record TopologyMethod(string TypeMetadataName, string MethodName, string DisplayName)
{
    public static TopologyMethod Find(Compilation compilation, string? requested)
    {
        var topology = compilation.GetTypeByMetadataName("XmppTopology.Topology")
            ?? throw new CliException($"{compilation.AssemblyName} does not reference XmppTopology: it has no topology to run");
        var candidates = Types(compilation.Assembly.GlobalNamespace)
            .Where(type => !type.IsGenericType && !IsInGenericType(type))
            .SelectMany(type => type.GetMembers().OfType<IMethodSymbol>())
            .Where(method => method is { IsStatic: true, IsGenericMethod: false, MethodKind: MethodKind.Ordinary, Parameters.Length: 0, IsImplicitlyDeclared: false }
                && SymbolEqualityComparer.Default.Equals(method.ReturnType, topology))
            .Select(method => new TopologyMethod(MetadataName(method.ContainingType), method.Name, $"{method.ContainingType.ToDisplayString()}.{method.Name}()"))
            .OrderBy(method => method.DisplayName, StringComparer.Ordinal)
            .ToList();

        var chosen = requested is null ? candidates : candidates.Where(c => Matches(c, requested)).ToList();
        return chosen.Count switch
        {
            1 => chosen[0],
            0 when requested is not null => throw new CliException($"--topology {requested} names none of the project's topology methods ({List(candidates)})"),
            0 => throw new CliException($"{compilation.AssemblyName} has no static, parameterless method that returns a Topology (such as 'public static Topology Build() => Topology.Define(...)')"),
            _ => throw new CliException($"{compilation.AssemblyName} has several topology methods ({List(chosen)}): name one with --topology <Type.Method>"),
        };
    }

    // "Build", "ContosoTopology.Build" or "Contoso.Migration.ContosoTopology.Build", with or without "()".
    private static bool Matches(TopologyMethod method, string requested)
    {
        var name = requested.EndsWith("()", StringComparison.Ordinal) ? requested[..^2] : requested;
        var full = method.DisplayName[..^2];
        return string.Equals(full, name, StringComparison.Ordinal) || full.EndsWith("." + name, StringComparison.Ordinal);
    }

    private static string List(IEnumerable<TopologyMethod> methods) => string.Join(", ", methods.Select(m => m.DisplayName).DefaultIfEmpty("none"));

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceOrTypeSymbol inner)
            {
                if (inner is INamedTypeSymbol type)
                {
                    yield return type;
                }

                foreach (var nested in Types(inner))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool IsInGenericType(INamedTypeSymbol type) =>
        type.ContainingType is { } outer && (outer.IsGenericType || IsInGenericType(outer));

    // Reflection's name: namespace, then nested types joined by '+'.
    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer
            ? MetadataName(outer) + "+" + type.MetadataName
            : type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
}
