using System.Collections.Generic;

namespace XmppTopology.Rules;

/// <summary>The rule catalogue of design/rules.md, each rule once.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
static class RuleCatalog
{
    private const string Xmpp = "XmppFederation";
    private const string Integrity = "TopologyIntegrity";

    public static readonly RuleDescriptor Xmpp001 = new(
        RuleIds.Xmpp001, FindingSeverity.Error, Xmpp,
        "XMPP user on a Skype for Business Server 2019 pool",
        "User '{0}' federates with XMPP but is {1} '{2}', {3}; XMPP users must stay on a legacy pool")
    {
        UsersMessageFormat = "{0} users federate with XMPP but are {1} '{2}', {3}; XMPP users must stay on a legacy pool: {4}",
    };

    public static readonly RuleDescriptor Xmpp002 = new(
        RuleIds.Xmpp002, FindingSeverity.Error, Xmpp,
        "Legacy Edge with the XMPP proxy marked for removal",
        "Edge pool '{0}' runs the XMPP proxy but is marked for {1} while XMPP federation is in use; keep the legacy Edge");

    public static readonly RuleDescriptor Xmpp003 = new(
        RuleIds.Xmpp003, FindingSeverity.Error, Xmpp,
        "XMPP partner configured on a Skype for Business Server 2019 element",
        "XMPP partner '{0}' is configured on '{1}', a Skype for Business Server 2019 pool; configure it on a Skype for Business Server 2015 or Lync Server 2013 pool");

    public static readonly RuleDescriptor Xmpp004 = new(
        RuleIds.Xmpp004, FindingSeverity.Error, Xmpp,
        "XMPP asked of a Skype for Business Server 2019 pool",
        "'{0}' is a Skype for Business Server 2019 {1} and cannot run the {2}: XMPP is no longer available in Skype for Business Server 2019");

    public static readonly RuleDescriptor Xmpp005 = new(
        RuleIds.Xmpp005, FindingSeverity.Error, Xmpp,
        "XMPP federation has no route",
        "Topology '{0}' uses XMPP federation but no {1} stays in the topology");

    public static readonly RuleDescriptor Xmpp006 = new(
        RuleIds.Xmpp006, FindingSeverity.Error, Xmpp,
        "XMPP federation route does not go through a legacy Edge with the XMPP proxy",
        "The XMPP federation route of site '{0}' goes through '{1}', which is not a legacy Edge pool with the XMPP proxy that stays");

    public static readonly RuleDescriptor Xmpp007 = new(
        RuleIds.Xmpp007, FindingSeverity.Error, Xmpp,
        "XMPP user homed on a survivable branch appliance",
        "User '{0}' federates with XMPP but is homed on '{1}', a {2}; XMPP is not supported for users homed on survivable branch appliances")
    {
        UsersMessageFormat = "{0} users federate with XMPP but are homed on '{1}', a {2}; XMPP is not supported for users homed on survivable branch appliances: {3}",
    };

    public static readonly RuleDescriptor Xmpp008 = new(
        RuleIds.Xmpp008, FindingSeverity.Error, Xmpp,
        "Invalid XMPP partner negotiation settings",
        "XMPP partner '{0}' has TLS negotiation NotSupported with SASL negotiation {1}: SASL needs TLS to be available");

    public static readonly RuleDescriptor Topo001 = new(
        RuleIds.Topo001, FindingSeverity.Error, Integrity,
        "Reference to an undeclared element",
        "'{0}' names {1} that the topology does not declare{2}");

    public static readonly RuleDescriptor Topo002 = new(
        RuleIds.Topo002, FindingSeverity.Error, Integrity,
        "Two elements share one FQDN",
        "'{0}' is declared {1} times; every pool and server needs its own FQDN");

    public static readonly RuleDescriptor Topo003 = new(
        RuleIds.Topo003, FindingSeverity.Warning, Integrity,
        "User homed on a pool marked for removal",
        "User '{0}' is left on or moved to '{1}', which is marked for removal; a pool must be empty before it is decommissioned")
    {
        UsersMessageFormat = "{0} users are left on or moved to '{1}', which is marked for removal; a pool must be empty before it is decommissioned: {2}",
    };

    public static readonly RuleDescriptor Topo004 = new(
        RuleIds.Topo004, FindingSeverity.Error, Integrity,
        "Federation enabled on more than one Edge pool",
        "Federation is enabled on Edge pool '{0}' and on {1}; federation can only be enabled for a single Edge pool");

    public static readonly RuleDescriptor Topo005 = new(
        RuleIds.Topo005, FindingSeverity.Info, Integrity,
        "Value not known at compile time",
        "The {0} is not a compile-time constant, so the rules that need it are checked only at run time by Validate()");

    public static readonly RuleDescriptor Topo006 = new(
        RuleIds.Topo006, FindingSeverity.Error, Integrity,
        "User declared more than once",
        "User '{0}' is already declared as '{1}'; Skype for Business has one account per SIP address, compared without case: {2}");

    /// <summary>Every rule, in catalogue order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        Xmpp001, Xmpp002, Xmpp003, Xmpp004, Xmpp005, Xmpp006, Xmpp007, Xmpp008,
        Topo001, Topo002, Topo003, Topo004, Topo005, Topo006,
    ];
}
