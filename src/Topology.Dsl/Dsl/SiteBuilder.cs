using System;

namespace XmppTopology;

/// <summary>A central site: its pools, its federation routes and its branch sites.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed class CentralSiteBuilder
{
    private readonly TopologyBuilder _topology;

    internal CentralSiteBuilder(TopologyBuilder topology, string name)
    {
        _topology = topology;
        Site = DslMethods.CentralSite.Declare(name, centralSite: null);
    }

    internal Site Site { get; private set; }

    /// <summary>An Enterprise Edition Front End pool.</summary>
    public CentralSiteBuilder FrontEndPool(PoolRef pool, ProductVersion version, Action<FrontEndPoolBuilder>? configure = null) =>
        Add(DslMethods.FrontEndPool, pool, version, p => new FrontEndPoolBuilder(p), configure);

    /// <summary>A Standard Edition server: a Front End pool of one machine.</summary>
    public CentralSiteBuilder StandardEditionServer(PoolRef server, ProductVersion version, Action<FrontEndPoolBuilder>? configure = null) =>
        Add(DslMethods.StandardEditionServer, server, version, p => new FrontEndPoolBuilder(p), configure);

    /// <summary>An Edge pool (or single Edge Server).</summary>
    public CentralSiteBuilder EdgePool(PoolRef pool, ProductVersion version, Action<EdgePoolBuilder>? configure = null) =>
        Add(DslMethods.EdgePool, pool, version, p => new EdgePoolBuilder(p), configure);

    /// <summary>A Director pool.</summary>
    public CentralSiteBuilder DirectorPool(PoolRef pool, ProductVersion version, Action<ServerPoolBuilder>? configure = null) =>
        Add(DslMethods.DirectorPool, pool, version, p => new ServerPoolBuilder(p), configure);

    /// <summary>The site's federation route: the Edge pool (or Director) that carries federation.</summary>
    public CentralSiteBuilder FederationRoute(PoolRef edge)
    {
        Site = DslMethods.FederationRoute.Apply(Site, Guard.NotNull(edge, nameof(edge)).Fqdn);
        return this;
    }

    /// <summary>The site's XMPP federation route: the Edge pool with the XMPP proxy.</summary>
    public CentralSiteBuilder XmppFederationRoute(PoolRef edge)
    {
        Site = DslMethods.XmppFederationRoute.Apply(Site, Guard.NotNull(edge, nameof(edge)).Fqdn);
        return this;
    }

    /// <summary>A branch site attached to this central site.</summary>
    public CentralSiteBuilder BranchSite(string name, Action<BranchSiteBuilder> define)
    {
        Guard.NotNull(define, nameof(define));
        var branch = new BranchSiteBuilder(_topology, Guard.Name(name, nameof(name)), Site.Name!);
        _topology.AddSite(() => branch.Site);
        define(branch);
        return this;
    }

    private CentralSiteBuilder Add<TBuilder>(DslPoolDeclaration declaration, PoolRef pool, ProductVersion version, Func<Pool, TBuilder> builder, Action<TBuilder>? configure)
        where TBuilder : PoolBuilder<TBuilder>
    {
        _topology.AddPool(declaration, pool, version, Site.Name!, builder, configure);
        return this;
    }
}

/// <summary>A branch site: its Survivable Branch Appliances and Servers.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed class BranchSiteBuilder
{
    private readonly TopologyBuilder _topology;

    internal BranchSiteBuilder(TopologyBuilder topology, string name, string centralSite)
    {
        _topology = topology;
        Site = DslMethods.BranchSite.Declare(name, centralSite);
    }

    internal Site Site { get; }

    /// <summary>A Survivable Branch Appliance.</summary>
    public BranchSiteBuilder SurvivableBranchAppliance(PoolRef appliance, ProductVersion version, Action<ServerPoolBuilder>? configure = null) =>
        Add(DslMethods.SurvivableBranchAppliance, appliance, version, configure);

    /// <summary>A Survivable Branch Server.</summary>
    public BranchSiteBuilder SurvivableBranchServer(PoolRef server, ProductVersion version, Action<ServerPoolBuilder>? configure = null) =>
        Add(DslMethods.SurvivableBranchServer, server, version, configure);

    private BranchSiteBuilder Add(DslPoolDeclaration declaration, PoolRef pool, ProductVersion version, Action<ServerPoolBuilder>? configure)
    {
        _topology.AddPool(declaration, pool, version, Site.Name!, p => new ServerPoolBuilder(p), configure);
        return this;
    }
}
