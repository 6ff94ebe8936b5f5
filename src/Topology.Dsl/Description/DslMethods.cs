using System.Collections.Generic;
using System.Linq;

namespace XmppTopology;

/// <summary>
/// The DSL, described once: each method, the builder that declares it, its name, its kind, its
/// arguments and what it does to the model. The runtime builders build the model through these;
/// the analyzer recognises calls by them (its symbol table, the users text reader, the fixes)
/// and assembles the same model through them. A test fails when a public DSL method is not here.
/// </summary>
internal static class DslMethods
{
    public static readonly DslDefinition Define = new(
        DslMethod.Define, typeof(Topology), nameof(Topology.Define), DslArgument.Text(0, "topology name"));

    // The topology.
    public static readonly DslSiteDeclaration CentralSite = new(
        DslMethod.CentralSite, typeof(TopologyBuilder), nameof(TopologyBuilder.CentralSite), SiteKind.Central);

    public static readonly DslPartnerDeclaration XmppPartner = new(
        DslMethod.XmppPartner, typeof(TopologyBuilder), nameof(TopologyBuilder.XmppPartner),
        static (domain, origin) => new XmppPartner(domain, origin)); // the cmdlet's defaults

    public static readonly DslPolicyAddition GlobalExternalAccessPolicy = new(
        DslMethod.GlobalExternalAccessPolicy, typeof(TopologyBuilder), nameof(TopologyBuilder.GlobalExternalAccessPolicy),
        PolicyScope.Global, policyName: null, DslArgument.Flag(0, "EnableXmppAccess value"));

    public static readonly DslPolicyAddition SiteExternalAccessPolicy = new(
        DslMethod.SiteExternalAccessPolicy, typeof(TopologyBuilder), nameof(TopologyBuilder.SiteExternalAccessPolicy),
        PolicyScope.Site, DslArgument.Text(0, "site name"), DslArgument.Flag(1, "EnableXmppAccess value"));

    public static readonly DslPolicyAddition UserExternalAccessPolicy = new(
        DslMethod.UserExternalAccessPolicy, typeof(TopologyBuilder), nameof(TopologyBuilder.UserExternalAccessPolicy),
        PolicyScope.User, DslArgument.Text(0, "policy name"), DslArgument.Flag(1, "EnableXmppAccess value"));

    public static readonly DslHandOff Users = new(
        DslMethod.Users, typeof(TopologyBuilder), nameof(TopologyBuilder.Users));

    // Central sites.
    public static readonly DslPoolDeclaration FrontEndPool = new(
        DslMethod.FrontEndPool, typeof(CentralSiteBuilder), nameof(CentralSiteBuilder.FrontEndPool), PoolRole.FrontEndPool);

    public static readonly DslPoolDeclaration StandardEditionServer = new(
        DslMethod.StandardEditionServer, typeof(CentralSiteBuilder), nameof(CentralSiteBuilder.StandardEditionServer), PoolRole.StandardEditionServer);

    public static readonly DslPoolDeclaration EdgePool = new(
        DslMethod.EdgePool, typeof(CentralSiteBuilder), nameof(CentralSiteBuilder.EdgePool), PoolRole.EdgePool);

    public static readonly DslPoolDeclaration DirectorPool = new(
        DslMethod.DirectorPool, typeof(CentralSiteBuilder), nameof(CentralSiteBuilder.DirectorPool), PoolRole.DirectorPool);

    public static readonly DslSetting<Site, string?> FederationRoute = new(
        DslMethod.FederationRoute, typeof(CentralSiteBuilder), nameof(CentralSiteBuilder.FederationRoute),
        DslArgument.Pool(0, "federation route"),
        static (site, edge, origin) => site with { FederationRoute = new Reference(edge, origin) });

    public static readonly DslSetting<Site, string?> XmppFederationRoute = new(
        DslMethod.XmppFederationRoute, typeof(CentralSiteBuilder), nameof(CentralSiteBuilder.XmppFederationRoute),
        DslArgument.Pool(0, "XMPP federation route"),
        static (site, edge, origin) => site with { XmppFederationRoute = new Reference(edge, origin) });

    public static readonly DslSiteDeclaration BranchSite = new(
        DslMethod.BranchSite, typeof(CentralSiteBuilder), nameof(CentralSiteBuilder.BranchSite), SiteKind.Branch);

    // Branch sites.
    public static readonly DslPoolDeclaration SurvivableBranchAppliance = new(
        DslMethod.SurvivableBranchAppliance, typeof(BranchSiteBuilder), nameof(BranchSiteBuilder.SurvivableBranchAppliance), PoolRole.SurvivableBranchAppliance);

    public static readonly DslPoolDeclaration SurvivableBranchServer = new(
        DslMethod.SurvivableBranchServer, typeof(BranchSiteBuilder), nameof(BranchSiteBuilder.SurvivableBranchServer), PoolRole.SurvivableBranchServer);

    // Every pool.
    public static readonly DslSetting<Pool, IReadOnlyList<string>?> Machines = new(
        DslMethod.Machines, typeof(PoolBuilder<>), nameof(PoolBuilder<ServerPoolBuilder>.Machines),
        DslArgument.Texts(0, "list of machine FQDNs"),
        static (pool, machines, _) => pool with { Machines = [.. pool.Machines, .. machines ?? []] });

    public static readonly DslSettingWithoutArgument<Pool> MarkForRemoval = new(
        DslMethod.MarkForRemoval, typeof(PoolBuilder<>), nameof(PoolBuilder<ServerPoolBuilder>.MarkForRemoval),
        static (pool, origin) => pool with { Plan = PlannedChange.Removal, PlanOrigin = origin });

    public static readonly DslSettingWithoutArgument<Pool> MarkForMigrationTo2019 = new(
        DslMethod.MarkForMigrationTo2019, typeof(PoolBuilder<>), nameof(PoolBuilder<ServerPoolBuilder>.MarkForMigrationTo2019),
        static (pool, origin) => pool with { Plan = PlannedChange.MigrationTo2019, PlanOrigin = origin });

    // Front End pools.
    public static readonly DslSetting<Pool, string?> AssociatedEdge = new(
        DslMethod.AssociatedEdge, typeof(FrontEndPoolBuilder), nameof(FrontEndPoolBuilder.AssociatedEdge),
        DslArgument.Pool(0, "associated Edge pool"),
        static (pool, edge, origin) => pool with { AssociatedEdge = new Reference(edge, origin) });

    public static readonly DslSetting<Pool, bool?> XmppGateway = new(
        DslMethod.XmppGateway, typeof(FrontEndPoolBuilder), nameof(FrontEndPoolBuilder.XmppGateway),
        DslArgument.Flag(0, "XMPP gateway setting", whenOmitted: true),
        static (pool, enabled, origin) => pool with { XmppGateway = enabled, XmppGatewayOrigin = origin });

    // Edge pools.
    public static readonly DslSetting<Pool, bool?> Federation = new(
        DslMethod.Federation, typeof(EdgePoolBuilder), nameof(EdgePoolBuilder.Federation),
        DslArgument.Flag(0, "federation setting", whenOmitted: true),
        static (pool, enabled, origin) => pool with { Federation = enabled, FederationOrigin = origin });

    public static readonly DslSetting<Pool, bool?> XmppProxy = new(
        DslMethod.XmppProxy, typeof(EdgePoolBuilder), nameof(EdgePoolBuilder.XmppProxy),
        DslArgument.Flag(0, "XMPP proxy setting", whenOmitted: true),
        static (pool, enabled, origin) => pool with { XmppProxy = enabled, XmppProxyOrigin = origin });

    // XMPP partners.
    public static readonly DslSetting<XmppPartner, XmppPartnerType?> PartnerType = new(
        DslMethod.PartnerType, typeof(XmppPartnerBuilder), nameof(XmppPartnerBuilder.Type),
        DslArgument.Choice<XmppPartnerType>(0, "partner type"),
        static (partner, type, _) => partner with { Type = type });

    public static readonly DslSetting<XmppPartner, Negotiation?> TlsNegotiation = new(
        DslMethod.TlsNegotiation, typeof(XmppPartnerBuilder), nameof(XmppPartnerBuilder.TlsNegotiation),
        DslArgument.Choice<Negotiation>(0, "TLS negotiation"),
        static (partner, negotiation, origin) => partner with { TlsNegotiation = negotiation, TlsNegotiationOrigin = origin });

    public static readonly DslSetting<XmppPartner, Negotiation?> SaslNegotiation = new(
        DslMethod.SaslNegotiation, typeof(XmppPartnerBuilder), nameof(XmppPartnerBuilder.SaslNegotiation),
        DslArgument.Choice<Negotiation>(0, "SASL negotiation"),
        static (partner, negotiation, origin) => partner with { SaslNegotiation = negotiation, SaslNegotiationOrigin = origin });

    public static readonly DslSetting<XmppPartner, bool?> SupportDialbackNegotiation = new(
        DslMethod.SupportDialbackNegotiation, typeof(XmppPartnerBuilder), nameof(XmppPartnerBuilder.SupportDialbackNegotiation),
        DslArgument.Flag(0, "dialback setting"),
        static (partner, supported, _) => partner with { SupportDialbackNegotiation = supported });

    public static readonly DslSetting<XmppPartner, string?> ConfiguredOn = new(
        DslMethod.ConfiguredOn, typeof(XmppPartnerBuilder), nameof(XmppPartnerBuilder.ConfiguredOn),
        DslArgument.Pool(0, "pool FQDN"),
        static (partner, pool, origin) => partner with { ConfiguredOn = new Reference(pool, origin) });

    // Users.
    public static readonly DslUsersDeclaration<string?> User = new(
        DslMethod.User, typeof(UserPlan), nameof(UserPlan.User),
        DslArgument.Text(0, "SIP address"),
        static sipAddress => [sipAddress],
        UserSettingsBeforeAnyCall);

    public static readonly DslUsersDeclaration<IReadOnlyList<string>?> UserGroup = new(
        DslMethod.UserGroup, typeof(UserPlan), nameof(UserPlan.Users),
        DslArgument.Texts(0, "list of SIP addresses"),
        static sipAddresses => (IReadOnlyList<string?>?)sipAddresses ?? [null],
        UserSettingsBeforeAnyCall);

    public static readonly DslSetting<User, string?> HomedOn = new(
        DslMethod.HomedOn, typeof(UserBuilder), nameof(UserBuilder.HomedOn),
        DslArgument.Pool(0, "pool FQDN"),
        static (user, pool, origin) => user with { Home = new Reference(pool, origin) });

    public static readonly DslSetting<User, bool?> Xmpp = new(
        DslMethod.Xmpp, typeof(UserBuilder), nameof(UserBuilder.Xmpp),
        DslArgument.Flag(0, "XMPP setting", whenOmitted: true),
        static (user, enabled, origin) => user with { Xmpp = XmppStated(enabled), XmppOrigin = origin });

    public static readonly DslSetting<User, string?> ExternalAccessPolicy = new(
        DslMethod.ExternalAccessPolicy, typeof(UserBuilder), nameof(UserBuilder.ExternalAccessPolicy),
        DslArgument.Text(0, "policy name"),
        static (user, policy, origin) => user with { ExternalAccessPolicy = new Reference(policy, origin) });

    public static readonly DslSetting<User, string?> MoveTo = new(
        DslMethod.MoveTo, typeof(UserBuilder), nameof(UserBuilder.MoveTo),
        DslArgument.Pool(0, "pool FQDN"),
        static (user, pool, origin) => user with { PlannedMove = new Reference(pool, origin) });

    /// <summary>Every method, each once.</summary>
    public static IReadOnlyList<DslMethodDescription> All { get; } =
    [
        Define, CentralSite, XmppPartner, GlobalExternalAccessPolicy, SiteExternalAccessPolicy, UserExternalAccessPolicy, Users,
        FrontEndPool, StandardEditionServer, EdgePool, DirectorPool, FederationRoute, XmppFederationRoute, BranchSite,
        SurvivableBranchAppliance, SurvivableBranchServer,
        Machines, MarkForRemoval, MarkForMigrationTo2019, AssociatedEdge, XmppGateway, Federation, XmppProxy,
        PartnerType, TlsNegotiation, SaslNegotiation, SupportDialbackNegotiation, ConfiguredOn,
        User, UserGroup, HomedOn, Xmpp, ExternalAccessPolicy, MoveTo,
    ];

    /// <summary>
    /// The settings a user's chain can make (<c>HomedOn</c>, <c>Xmpp</c>, …): what a users line may
    /// say. An array: the users text reader looks a name up here for every call of every line.
    /// </summary>
    public static readonly DslSetting<User>[] UserSettings = All.OfType<DslSetting<User>>().ToArray();

    private static readonly DslMethodDescription[] ByMethod = ByItsMethod(All);

    /// <summary>The description of a method.</summary>
    public static DslMethodDescription Of(DslMethod method) => ByMethod[(int)method];

    /// <summary>What an <c>Xmpp(...)</c> call states: on, off, or a value not known at compile time.</summary>
    public static XmppAccess XmppStated(bool? enabled) => enabled switch
    {
        true => XmppAccess.Enabled,
        false => XmppAccess.Disabled,
        null => XmppAccess.NotKnown,
    };

    // A user just declared: homed nowhere yet, XMPP from its policy; its SIP address comes with it.
    private static User UserSettingsBeforeAnyCall(Origin? origin) => new(SipAddress: null, origin);

    private static DslMethodDescription[] ByItsMethod(IReadOnlyList<DslMethodDescription> methods)
    {
        var byMethod = new DslMethodDescription[methods.Max(method => (int)method.Method) + 1];
        foreach (var method in methods)
        {
            byMethod[(int)method.Method] = method;
        }

        return byMethod;
    }
}
