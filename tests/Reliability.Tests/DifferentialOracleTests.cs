using System;
using System.Linq;
using System.Threading.Tasks;
using XmppTopology.Analyzers.Tests.Infrastructure;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// The analyzer against an independent oracle: for random topologies, its findings (rule,
/// element) equal those of Validate() on the model built by compiling and running the same source.
/// </summary>
public class DifferentialOracleTests
{
    private static readonly int Topologies = Environment.GetEnvironmentVariable("XMPPTOPOLOGY_LONG") == "1" ? 10_000 : 300;

    [Fact]
    public async Task The_analyzer_and_Validate_agree_on_random_topologies()
    {
        var rulesSeen = new System.Collections.Generic.HashSet<string>();
        for (var seed = 1; seed <= Topologies; seed++)
        {
            var files = RandomTopology.Write(seed);
            var compilation = TopologyCompilation.Create(files);

            var runtime = TopologyCompilation.Validate(compilation, "Generated")
                .Select(f => $"{f.RuleId} {f.Element}").Order(StringComparer.Ordinal).ToList();
            var analyzer = (await TopologyCompilation.AnalyzeAsync(compilation))
                .Where(d => d.Id != "TOPO005")
                .Select(d => $"{d.Id} {d.Properties["Element"]}").Order(StringComparer.Ordinal).ToList();

            Assert.True(
                runtime.SequenceEqual(analyzer),
                $"seed {seed}: Validate() [{string.Join("; ", runtime)}] but the analyzer [{string.Join("; ", analyzer)}]\n--- source ---\n{string.Join("\n", files.Select(f => $"// {f.Path}\n{f.Source}"))}");
            rulesSeen.UnionWith(runtime.Select(r => r.Split(' ')[0]));
        }

        // The generator must reach the rules, or agreeing proves little.
        Assert.True(rulesSeen.Count >= 10, "rules reached: " + string.Join(", ", rulesSeen.Order(StringComparer.Ordinal)));
    }
}
