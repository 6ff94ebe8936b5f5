namespace XmppTopology.Bench;

/// <summary>
/// How many builds a shape gets: cold pairs, the warm-up rounds (a build with ours and one
/// without each), warm pairs, and warm builds with the analyzer report. Warm builds take a few
/// seconds, cold ones up to twenty-five, so warm pairs are the more.
/// </summary>
internal sealed record RealBuildPlan(int ColdPairs, int WarmUpRounds, int WarmPairs, int Reports)
{
    // A server that has just started keeps getting faster for about fourteen builds: the runtime
    // recompiles its hot code, ours and Roslyn's, optimized, in the background. The grouped
    // shape's server CPU time a build fell from 5.6 s to 2.4 s over its first fourteen builds,
    // then held (docs/performance.md); seven rounds are fourteen builds.
    private const int RoundsToSteadyServer = 7;

    // Our share is the median of five report builds: of three, it moved from 76 % to 38 % between
    // two runs of the grouped shape whose code differed by a few milliseconds (docs/performance.md).
    private const int ReportBuilds = 5;

    /// <summary>Quick mode: three cold pairs, a median one slow pair cannot move; five warm.</summary>
    public static RealBuildPlan Quick { get; } = new(ColdPairs: 3, RoundsToSteadyServer, WarmPairs: 5, ReportBuilds);

    /// <summary>Full mode: on this machine, eleven warm pairs put a median within ±4 to ±10 % at 90 % confidence.</summary>
    public static RealBuildPlan Full { get; } = new(ColdPairs: 7, RoundsToSteadyServer, WarmPairs: 11, ReportBuilds);
}
