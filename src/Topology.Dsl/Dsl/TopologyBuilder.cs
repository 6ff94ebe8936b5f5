using System;
using System.Collections.Generic;
using System.Linq;

namespace XmppTopology;

/// <summary>The whole topology: sites, XMPP partners, external access policies and users.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed class TopologyBuilder
{
    private readonly List<Func<Site>> _sites = [];
    private readonly List<Pool> _pools = [];
    private readonly List<XmppPartnerBuilder> _partners = [];
    private readonly List<ExternalAccessPolicy> _policies = [];
    private readonly UserPlan _users = new();

    internal TopologyBuilder(string name) => Name = name;

    internal string Name { get; }

    /// <summary>A central site and what it holds.</summary>
    public TopologyBuilder CentralSite(string name, Action<CentralSiteBuilder> define)
    {
        Guard.NotNull(define, nameof(define));
        var site = new CentralSiteBuilder(this, Guard.Name(name, nameof(name)));
        AddSite(() => site.Site);
        define(site);
        return this;
    }

    /// <summary>An XMPP federated partner (<c>New-CsXmppAllowedPartner -Domain</c>).</summary>
    public TopologyBuilder XmppPartner(string domain, Action<XmppPartnerBuilder>? configure = null)
    {
        var partner = new XmppPartnerBuilder(DslMethods.XmppPartner.Declare(Guard.Fqdn(domain, nameof(domain))));
        _partners.Add(partner);
        configure?.Invoke(partner);
        return this;
    }

    /// <summary>The global external access policy's <c>EnableXmppAccess</c> (false when not declared).</summary>
    public TopologyBuilder GlobalExternalAccessPolicy(bool enableXmppAccess)
    {
        _policies.Add(DslMethods.GlobalExternalAccessPolicy.Add(name: null, enableXmppAccess));
        return this;
    }

    /// <summary>A site-scope external access policy: applies to the users homed in that site.</summary>
    public TopologyBuilder SiteExternalAccessPolicy(string site, bool enableXmppAccess)
    {
        _policies.Add(DslMethods.SiteExternalAccessPolicy.Add(Guard.Name(site, nameof(site)), enableXmppAccess));
        return this;
    }

    /// <summary>A user-scope external access policy, granted to users by name.</summary>
    public TopologyBuilder UserExternalAccessPolicy(string name, bool enableXmppAccess)
    {
        _policies.Add(DslMethods.UserExternalAccessPolicy.Add(Guard.Name(name, nameof(name)), enableXmppAccess));
        return this;
    }

    /// <summary>The users, where they are homed, and where the plan moves them.</summary>
    public TopologyBuilder Users(Action<UserPlan> users)
    {
        Guard.NotNull(users, nameof(users))(_users);
        return this;
    }

    internal void AddSite(Func<Site> site) => _sites.Add(site);

    internal void AddPool<TBuilder>(DslPoolDeclaration declaration, PoolRef pool, ProductVersion version, string site, Func<Pool, TBuilder> builder, Action<TBuilder>? configure)
        where TBuilder : PoolBuilder<TBuilder>
    {
        Guard.NotNull(pool, nameof(pool));
        var poolBuilder = builder(declaration.Declare(pool.Fqdn, Guard.Defined(version, nameof(version)), site));
        configure?.Invoke(poolBuilder);
        _pools.Add(poolBuilder.Pool);
    }

    internal Topology Build() => new(
        Name,
        _sites.Select(site => site()),
        _pools,
        _partners.Select(partner => partner.Partner),
        _policies,
        _users.Build());
}
