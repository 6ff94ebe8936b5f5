namespace XmppTopology.Analyzers.Facts;

/// <summary>Which builder a DSL call is made on, as far as one syntax tree can tell.</summary>
internal abstract record Instance
{
    /// <summary>The element (topology, site, pool, partner, user group) that call number <paramref name="Call"/> of this tree creates.</summary>
    public sealed record Created(int Call) : Instance;

    /// <summary>A builder handed to a source method: whatever its callers pass, found at join time.</summary>
    public sealed record Parameter(string MethodKey, int Ordinal) : Instance;

    /// <summary>A builder the analyzer cannot follow (kept in a field, a reassigned variable…).</summary>
    public sealed record Unknown : Instance
    {
        public static readonly Unknown Instance = new();
    }
}
