using System.Linq;

namespace XmppTopology;

/// <summary>What every pool can say: its machines and what the migration plan does with it.</summary>
/// <typeparam name="TSelf">The concrete builder, so that chains keep their type.</typeparam>
#if XMPP_ANALYZER
internal
#else
public
#endif
abstract class PoolBuilder<TSelf>
    where TSelf : PoolBuilder<TSelf>
{
    private protected PoolBuilder(Pool pool) => Pool = pool;

    internal Pool Pool { get; private protected set; }

    /// <summary>Adds machines (servers) to the pool, by FQDN.</summary>
    public TSelf Machines(params string[] fqdns)
    {
        Guard.NotNull(fqdns, nameof(fqdns));
        Pool = DslMethods.Machines.Apply(Pool, fqdns.Select(fqdn => Guard.Fqdn(fqdn, nameof(fqdns))).ToList());
        return Self;
    }

    /// <summary>Marks the pool for removal (decommissioning) in the migration plan.</summary>
    public TSelf MarkForRemoval() => Mark(DslMethods.MarkForRemoval);

    /// <summary>Marks the pool for migration to Skype for Business Server 2019.</summary>
    public TSelf MarkForMigrationTo2019() => Mark(DslMethods.MarkForMigrationTo2019);

    private protected TSelf Self => (TSelf)this;

    private TSelf Mark(DslSettingWithoutArgument<Pool> mark)
    {
        Pool = mark.Apply(Pool);
        return Self;
    }
}

/// <summary>A Front End pool or Standard Edition server.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed class FrontEndPoolBuilder : PoolBuilder<FrontEndPoolBuilder>
{
    internal FrontEndPoolBuilder(Pool pool)
        : base(pool)
    {
    }

    /// <summary>Associates the pool with the Edge pool that carries its external traffic.</summary>
    public FrontEndPoolBuilder AssociatedEdge(PoolRef edge)
    {
        Pool = DslMethods.AssociatedEdge.Apply(Pool, Guard.NotNull(edge, nameof(edge)).Fqdn);
        return this;
    }

    /// <summary>Asks this pool to run the XMPP gateway (available on 2013 and 2015 only).</summary>
    public FrontEndPoolBuilder XmppGateway(bool enabled = true)
    {
        Pool = DslMethods.XmppGateway.Apply(Pool, enabled);
        return this;
    }
}

/// <summary>An Edge pool or single Edge Server.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed class EdgePoolBuilder : PoolBuilder<EdgePoolBuilder>
{
    internal EdgePoolBuilder(Pool pool)
        : base(pool)
    {
    }

    /// <summary>Enables (or disables) federation on this Edge.</summary>
    public EdgePoolBuilder Federation(bool enabled = true)
    {
        Pool = DslMethods.Federation.Apply(Pool, enabled);
        return this;
    }

    /// <summary>Enables (or disables) the XMPP proxy: "Enable XMPP federation (port 5269)".</summary>
    public EdgePoolBuilder XmppProxy(bool enabled = true)
    {
        Pool = DslMethods.XmppProxy.Apply(Pool, enabled);
        return this;
    }
}

/// <summary>A Director pool, a Survivable Branch Appliance or a Survivable Branch Server.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed class ServerPoolBuilder : PoolBuilder<ServerPoolBuilder>
{
    internal ServerPoolBuilder(Pool pool)
        : base(pool)
    {
    }
}
