using System.Collections.Generic;
using System.Linq;

namespace XmppTopology.Bench;

/// <summary>
/// One shape's real builds: the wall times of the alternating pairs (milliseconds, with our
/// analyzer and without), cold and warm, the analyzer report of a warm build with ours, and our
/// analyzer's time on the same code in process.
/// </summary>
internal sealed record RealBuildFigures(
    string Shape,
    int Files,
    int OurDiagnostics,
    double InProcessMilliseconds,
    IReadOnlyList<(double With, double Without)> Cold,
    IReadOnlyList<(double With, double Without)> Warm,
    AnalyzerReport Report)
{
    /// <summary>The median of the pairs' ratios: each pair ran back to back, so it shares the machine's state.</summary>
    public double ColdRatio => Ratio(Cold);

    public double WarmRatio => Ratio(Warm);

    public static double Median(IEnumerable<double> values) => Measure.Median(values.ToList());

    private static double Ratio(IReadOnlyList<(double With, double Without)> pairs) => Median(pairs.Select(p => p.With / p.Without));
}
