namespace XmppTopology;

/// <summary>The parts of a runbook, in the order they run.</summary>
public enum RunbookPhase
{
    /// <summary>External access policies granted to users (Grant-CsExternalAccessPolicy), before anyone moves.</summary>
    PolicyGrants,

    /// <summary>Users moved to their planned pools (Move-CsUser), grouped by target pool.</summary>
    Moves,

    /// <summary>XMPP federated partners configured in the legacy deployment (New-/Set-CsXmppAllowedPartner).</summary>
    XmppPartners,

    /// <summary>Pools the plan marks for removal or for migration to 2019: manual steps, each once its pool is empty.</summary>
    Decommissioning,
}
