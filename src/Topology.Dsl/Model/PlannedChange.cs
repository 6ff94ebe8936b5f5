namespace XmppTopology;

/// <summary>What the migration plan does with a pool.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
enum PlannedChange
{
    /// <summary>The pool stays as it is.</summary>
    None,

    /// <summary>The pool is marked for removal (decommissioning).</summary>
    Removal,

    /// <summary>The pool is marked for migration to Skype for Business Server 2019.</summary>
    MigrationTo2019,
}
