namespace XmppTopology;

/// <summary>
/// The DSL's methods, named after the calls: what the analyzer's facts record of a call. What each
/// one is and does is in <see cref="DslMethods"/>.
/// </summary>
internal enum DslMethod
{
    Define,
    CentralSite,
    BranchSite,
    XmppPartner,
    GlobalExternalAccessPolicy,
    SiteExternalAccessPolicy,
    UserExternalAccessPolicy,
    Users,
    FrontEndPool,
    StandardEditionServer,
    EdgePool,
    DirectorPool,
    SurvivableBranchAppliance,
    SurvivableBranchServer,
    FederationRoute,
    XmppFederationRoute,
    Machines,
    MarkForRemoval,
    MarkForMigrationTo2019,
    AssociatedEdge,
    XmppGateway,
    Federation,
    XmppProxy,
    PartnerType,
    TlsNegotiation,
    SaslNegotiation,
    SupportDialbackNegotiation,
    ConfiguredOn,
    User,
    UserGroup,
    HomedOn,
    Xmpp,
    ExternalAccessPolicy,
    MoveTo,
}
