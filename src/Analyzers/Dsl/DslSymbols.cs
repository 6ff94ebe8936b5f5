using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace XmppTopology.Analyzers.Dsl;

/// <summary>
/// The DSL as the compilation sees it: the methods of its description (<see cref="DslMethods"/>)
/// by symbol, looked up once per compilation.
/// A compilation that does not reference the DSL costs one type lookup.
/// </summary>
internal sealed class DslSymbols
{
    private const string AssemblyName = "XmppTopology.Dsl";

    // The DSL's own types, by the metadata names of the sources compiled in here.
    private static readonly string TopologyType = typeof(Topology).FullName!;
    private static readonly string PoolRefType = typeof(PoolRef).FullName!;
    private static readonly string UserPlanType = typeof(UserPlan).FullName!;

    private readonly Dictionary<IMethodSymbol, DslMethod> _methods;
    private readonly HashSet<INamedTypeSymbol> _builders;
    private int _handleCount;

    private DslSymbols(IAssemblySymbol dsl, INamedTypeSymbol poolRef)
    {
        Identity = dsl.Identity.ToString();
        PoolRef = poolRef;
        UserPlan = dsl.GetTypeByMetadataName(UserPlanType);
        _methods = new Dictionary<IMethodSymbol, DslMethod>(SymbolEqualityComparer.Default);
        foreach (var description in DslMethods.All)
        {
            foreach (var symbol in dsl.GetTypeByMetadataName(description.Builder.FullName!)?.GetMembers(description.Name).OfType<IMethodSymbol>() ?? [])
            {
                _methods[symbol] = description.Method;
            }
        }

        // The types whose methods are the DSL's calls, but Topology: builders are what callbacks
        // and helpers are handed (a pool builder by its base, PoolBuilder<T>).
        _builders = new HashSet<INamedTypeSymbol>(
            DslMethods.All.Where(d => d.Kind != DslMethodKind.Defines).Select(d => dsl.GetTypeByMetadataName(d.Builder.FullName!)).OfType<INamedTypeSymbol>(),
            SymbolEqualityComparer.Default);
        MethodNames = new HashSet<string>(_methods.Keys.Select(m => m.Name));
    }

    /// <summary>The DSL assembly's identity: cached facts are valid only for the same DSL.</summary>
    public string Identity { get; }

    /// <summary>The typed pool handle.</summary>
    public INamedTypeSymbol PoolRef { get; }

    /// <summary>The builder a topology hands to the methods that list its users.</summary>
    public INamedTypeSymbol? UserPlan { get; }

    /// <summary>
    /// The pool handles users files name (Type.Member), by type and member name; null where that
    /// is no static PoolRef member of this compilation. Kept with the compilation's symbols: every
    /// users file names the same pools.
    /// </summary>
    public ConcurrentDictionary<(INamedTypeSymbol Type, MemberName Member), PoolHandle?> PoolHandles { get; } = new();

    /// <summary>A number for a new pool handle (<see cref="PoolHandle.Index"/>): 0, 1, 2…</summary>
    public int NextHandleIndex() => Interlocked.Increment(ref _handleCount) - 1;

    /// <summary>How many pool handles have been numbered.</summary>
    public int HandleCount => Volatile.Read(ref _handleCount);

    /// <summary>Names of the DSL's methods: a cheap syntactic filter before any binding.</summary>
    public HashSet<string> MethodNames { get; }

    /// <summary>
    /// Whether the compilation may reference the DSL, told without binding anything: a type lookup
    /// binds every reference and merges the namespaces of every tree (milliseconds for a large
    /// project), the names of the references the project passes do not (nor References, which
    /// binds them to add #r directives).
    /// </summary>
    public static bool MayBeReferenced(Compilation compilation) => compilation.ExternalReferences.Any(IsTheDsl);

    /// <summary>The DSL symbols of this compilation, or null when it does not reference the DSL.</summary>
    public static DslSymbols? Find(Compilation compilation)
    {
        if (compilation.ExternalReferences.FirstOrDefault(IsTheDsl) is not { } reference)
        {
            return null;
        }

        // The DSL's own assembly is asked for its types: the compilation would search every reference.
        var dsl = compilation.GetAssemblyOrModuleSymbol(reference) as IAssemblySymbol
            ?? compilation.GetTypeByMetadataName(TopologyType)?.ContainingAssembly;
        return dsl?.GetTypeByMetadataName(TopologyType) is not null && dsl.GetTypeByMetadataName(PoolRefType) is { } poolRef
            ? new DslSymbols(dsl, poolRef)
            : null;
    }

    // By the assembly's name, as a file from the package or a project in the same solution.
    private static bool IsTheDsl(MetadataReference reference) => reference switch
    {
        CompilationReference project => project.Compilation.AssemblyName == AssemblyName,
        PortableExecutableReference file => string.Equals(System.IO.Path.GetFileNameWithoutExtension(file.FilePath), AssemblyName, System.StringComparison.OrdinalIgnoreCase),
        _ => true, // a kind of reference not known here: let the type lookup decide
    };

    public DslMethod? Classify(IMethodSymbol method) =>
        _methods.TryGetValue(method.OriginalDefinition, out var dslMethod) ? dslMethod : null;

    /// <summary>A DSL builder type (or a constructed pool builder).</summary>
    public bool IsBuilder(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (_builders.Contains(current.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }
}
