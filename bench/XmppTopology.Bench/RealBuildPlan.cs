namespace XmppTopology.Bench;

/// <summary>
/// How many builds a shape gets: cold pairs, warm pairs, and warm builds with the analyzer
/// report. Warm builds take a few seconds, cold ones up to twenty, so warm pairs are the more.
/// </summary>
internal sealed record RealBuildPlan(int ColdPairs, int WarmPairs, int Reports)
{
    /// <summary>Quick mode: three cold pairs, a median one slow pair cannot move; five warm.</summary>
    public static RealBuildPlan Quick { get; } = new(ColdPairs: 3, WarmPairs: 5, Reports: 3);

    /// <summary>Full mode: enough pairs that the interval of a median is a few hundredths wide.</summary>
    public static RealBuildPlan Full { get; } = new(ColdPairs: 7, WarmPairs: 11, Reports: 3);
}
