namespace XmppTopology;

/// <summary>What kind of call a DSL method is: what it does to the topology being defined.</summary>
internal enum DslMethodKind
{
    /// <summary><c>Topology.Define</c>: a topology of its own, built from everything its callback says.</summary>
    Defines,

    /// <summary>Makes an element (a site, pool, partner or users) that a builder then configures.</summary>
    Declares,

    /// <summary>Adds to the topology what needs no builder of its own: an external access policy.</summary>
    Adds,

    /// <summary>Changes the element its builder holds.</summary>
    Sets,

    /// <summary>Hands its callback a builder that exists already: the topology's user plan.</summary>
    HandsOn,
}
