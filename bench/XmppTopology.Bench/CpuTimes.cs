using System;
using System.IO;
using System.Linq;

namespace XmppTopology.Bench;

/// <summary>
/// The machine's CPU time since boot, in clock ticks, from Linux's <c>/proc/stat</c>: all of it,
/// and what the hypervisor gave other machines while ours wanted to run (steal). On a virtual
/// machine that share moves every build's wall time; the real builds report it over their run.
/// </summary>
internal readonly record struct CpuTimes(long Total, long Stolen)
{
    /// <summary>Now; zero where the system does not say (not Linux).</summary>
    public static CpuTimes Read()
    {
        if (!File.Exists("/proc/stat"))
        {
            return default;
        }

        // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"; guest time is already in user.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(long.Parse).ToArray();
        return new CpuTimes(fields.Sum(), fields.Length == 8 ? fields[7] : 0);
    }

    /// <summary>The share of CPU time stolen between <paramref name="before"/> and this reading; null where not known.</summary>
    public double? StolenShareSince(CpuTimes before) =>
        Total > before.Total ? (double)(Stolen - before.Stolen) / (Total - before.Total) : null;
}
