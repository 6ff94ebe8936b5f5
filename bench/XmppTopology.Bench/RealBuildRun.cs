using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace XmppTopology.Bench;

/// <summary>One run of the real-build mode: each shape's figures, and what the machine was doing (load, CPU time stolen by the host).</summary>
internal sealed record RealBuildRun(IReadOnlyList<RealBuildFigures> Shapes, RealBuildPlan Plan, string Sdk, string LoadBefore, string LoadAfter, double? StolenShare)
{
    /// <summary>The keys the bench's JSON line gains: the worst shape's ratios, the upper ends of their intervals, and share.</summary>
    public IEnumerable<KeyValuePair<string, JsonNode?>> JsonKeys() =>
    [
        new("build_ratio_warm", Math.Round(Shapes.Max(s => s.WarmRatio), 3)),
        new("build_ratio_cold", Math.Round(Shapes.Max(s => s.ColdRatio), 3)),
        new("build_ratio_warm_upper90", Math.Round(Shapes.Max(s => s.WarmInterval.Upper), 3)),
        new("build_ratio_cold_upper90", Math.Round(Shapes.Max(s => s.ColdInterval.Upper), 3)),
        new("share_of_analyzer_time", Math.Round(Shapes.Max(s => s.Report.OurShare), 3)),
        new("cpu_stolen_share", StolenShare is { } stolen ? Math.Round(stolen, 3) : null),
    ];

    /// <summary>The 1, 5 and 15 minute load averages, where the system says (Linux): other work on a shared machine shows here.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "not known";
}
