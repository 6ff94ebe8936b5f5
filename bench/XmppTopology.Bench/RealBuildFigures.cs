using System.Collections.Generic;
using System.Linq;
using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.QuantileEstimators;
using Pragmastat;

namespace XmppTopology.Bench;

/// <summary>
/// One shape's real builds: the wall times of the alternating pairs (milliseconds, with our
/// analyzer and without), cold and warm, the median of the analyzer reports of warm builds with
/// ours, and our analyzer's time on the same code in process.
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

    /// <summary>
    /// Where the median ratio lies, at 90 % confidence, given how far these pairs spread: on this
    /// machine one pair moves by up to 15 %, so five pairs alone cannot tell 1.04 from 1.10.
    /// </summary>
    public ConfidenceInterval ColdInterval => Interval(Cold);

    public ConfidenceInterval WarmInterval => Interval(Warm);

    public static double Median(IEnumerable<double> values) => Measure.Median(values.ToList());

    /// <summary>Met when the whole interval is within the target, missed when it is all above, else these pairs cannot tell.</summary>
    public static string Verdict(ConfidenceInterval interval, double target) =>
        interval.Upper <= target ? "met" : interval.Lower > target ? "missed" : "cannot tell";

    private static double Ratio(IReadOnlyList<(double With, double Without)> pairs) => Median(pairs.Select(p => p.With / p.Without));

    // Perfolizer's Maritz-Jarrett interval around the Harrell-Davis estimate of the median: made for
    // a median of few samples, and not thrown by one slow pair as an interval around a mean is.
    private static ConfidenceInterval Interval(IReadOnlyList<(double With, double Without)> pairs) =>
        HarrellDavisQuantileEstimator.Instance
            .QuantileConfidenceIntervalEstimator(new Sample(pairs.Select(p => p.With / p.Without).ToArray()), Probability.Half)
            .ConfidenceInterval(ConfidenceLevel.L90);
}
