namespace XmppTopology;

/// <summary>What a DSL method's argument is, as a reader of the source must read it.</summary>
internal enum DslValueKind
{
    /// <summary>A string: a name, a domain, a SIP address.</summary>
    Text,

    /// <summary>A pool: a <c>PoolRef</c> handle or a FQDN string.</summary>
    Pool,

    /// <summary>A <see cref="bool"/>.</summary>
    Flag,

    /// <summary>A value of one of the DSL's enums.</summary>
    Choice,

    /// <summary>A list of strings.</summary>
    Texts,
}
