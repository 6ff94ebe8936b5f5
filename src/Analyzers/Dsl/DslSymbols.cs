using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace XmppTopology.Analyzers.Dsl;

/// <summary>
/// The DSL as the compilation sees it: its methods by symbol, looked up once per compilation.
/// A compilation that does not reference the DSL costs one type lookup.
/// </summary>
internal sealed class DslSymbols
{
    private const string Namespace = "XmppTopology.";
    private const string AssemblyName = "XmppTopology.Dsl";

    // (type, member) → method; PoolBuilder`1 holds the members every pool builder shares.
    private static readonly (string Type, string Member, DslMethod Method)[] Table =
    [
        ("Topology", "Define", DslMethod.Define),
        ("TopologyBuilder", "CentralSite", DslMethod.CentralSite),
        ("TopologyBuilder", "XmppPartner", DslMethod.XmppPartner),
        ("TopologyBuilder", "GlobalExternalAccessPolicy", DslMethod.GlobalExternalAccessPolicy),
        ("TopologyBuilder", "SiteExternalAccessPolicy", DslMethod.SiteExternalAccessPolicy),
        ("TopologyBuilder", "UserExternalAccessPolicy", DslMethod.UserExternalAccessPolicy),
        ("TopologyBuilder", "Users", DslMethod.Users),
        ("CentralSiteBuilder", "FrontEndPool", DslMethod.FrontEndPool),
        ("CentralSiteBuilder", "StandardEditionServer", DslMethod.StandardEditionServer),
        ("CentralSiteBuilder", "EdgePool", DslMethod.EdgePool),
        ("CentralSiteBuilder", "DirectorPool", DslMethod.DirectorPool),
        ("CentralSiteBuilder", "FederationRoute", DslMethod.FederationRoute),
        ("CentralSiteBuilder", "XmppFederationRoute", DslMethod.XmppFederationRoute),
        ("CentralSiteBuilder", "BranchSite", DslMethod.BranchSite),
        ("BranchSiteBuilder", "SurvivableBranchAppliance", DslMethod.SurvivableBranchAppliance),
        ("BranchSiteBuilder", "SurvivableBranchServer", DslMethod.SurvivableBranchServer),
        ("PoolBuilder`1", "Machines", DslMethod.Machines),
        ("PoolBuilder`1", "MarkForRemoval", DslMethod.MarkForRemoval),
        ("PoolBuilder`1", "MarkForMigrationTo2019", DslMethod.MarkForMigrationTo2019),
        ("FrontEndPoolBuilder", "AssociatedEdge", DslMethod.AssociatedEdge),
        ("FrontEndPoolBuilder", "XmppGateway", DslMethod.XmppGateway),
        ("EdgePoolBuilder", "Federation", DslMethod.Federation),
        ("EdgePoolBuilder", "XmppProxy", DslMethod.XmppProxy),
        ("XmppPartnerBuilder", "Type", DslMethod.PartnerType),
        ("XmppPartnerBuilder", "TlsNegotiation", DslMethod.TlsNegotiation),
        ("XmppPartnerBuilder", "SaslNegotiation", DslMethod.SaslNegotiation),
        ("XmppPartnerBuilder", "SupportDialbackNegotiation", DslMethod.SupportDialbackNegotiation),
        ("XmppPartnerBuilder", "ConfiguredOn", DslMethod.ConfiguredOn),
        ("UserPlan", "User", DslMethod.User),
        ("UserPlan", "Users", DslMethod.UserGroup),
        ("UserBuilder", "HomedOn", DslMethod.HomedOn),
        ("UserBuilder", "Xmpp", DslMethod.Xmpp),
        ("UserBuilder", "ExternalAccessPolicy", DslMethod.ExternalAccessPolicy),
        ("UserBuilder", "MoveTo", DslMethod.MoveTo),
    ];

    private static readonly string[] BuilderTypes =
    [
        "TopologyBuilder", "CentralSiteBuilder", "BranchSiteBuilder", "PoolBuilder`1", "FrontEndPoolBuilder",
        "EdgePoolBuilder", "ServerPoolBuilder", "XmppPartnerBuilder", "UserPlan", "UserBuilder",
    ];

    private readonly Dictionary<IMethodSymbol, DslMethod> _methods;
    private readonly HashSet<INamedTypeSymbol> _builders;
    private int _handleCount;

    private DslSymbols(IAssemblySymbol dsl, INamedTypeSymbol poolRef)
    {
        Identity = dsl.Identity.ToString();
        PoolRef = poolRef;
        UserPlan = dsl.GetTypeByMetadataName(Namespace + "UserPlan");
        _methods = new Dictionary<IMethodSymbol, DslMethod>(SymbolEqualityComparer.Default);
        foreach (var (type, member, method) in Table)
        {
            foreach (var symbol in dsl.GetTypeByMetadataName(Namespace + type)?.GetMembers(member).OfType<IMethodSymbol>() ?? [])
            {
                _methods[symbol] = method;
            }
        }

        _builders = new HashSet<INamedTypeSymbol>(
            BuilderTypes.Select(t => dsl.GetTypeByMetadataName(Namespace + t)).OfType<INamedTypeSymbol>(),
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

    /// <summary>The DSL symbols of this compilation, or null when it does not reference the DSL.</summary>
    public static DslSymbols? Find(Compilation compilation)
    {
        // A type lookup binds every reference and merges their namespaces (milliseconds for a
        // large project): the names of the references the project passes tell without binding
        // (not References, which binds them to add #r directives).
        if (compilation.ExternalReferences.FirstOrDefault(IsTheDsl) is not { } reference)
        {
            return null;
        }

        // The DSL's own assembly is asked for its types: the compilation would search every reference.
        var dsl = compilation.GetAssemblyOrModuleSymbol(reference) as IAssemblySymbol
            ?? compilation.GetTypeByMetadataName(Namespace + "Topology")?.ContainingAssembly;
        return dsl?.GetTypeByMetadataName(Namespace + "Topology") is not null && dsl.GetTypeByMetadataName(Namespace + "PoolRef") is { } poolRef
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
