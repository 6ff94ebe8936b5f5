using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using XmppTopology.Analyzers.Tests.Infrastructure;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests;

/// <summary>The analyzer and the runtime Validate() run one copy of the rules: on the samples, they agree.</summary>
public class DifferentialTests
{
    [Theory]
    [InlineData("Contoso.Migration", "Contoso.Migration.ContosoTopology")]
    [InlineData("Fabrikam.DraftPlan", "Fabrikam.DraftPlan.FabrikamTopology")]
    public async Task The_analyzer_verdict_on_a_sample_equals_Validate(string sample, string topologyType)
    {
        var compilation = TopologyCompilation.Create(TopologyCompilation.Sample(sample));

        var runtime = TopologyCompilation.Validate(compilation, topologyType).Select(f => (f.RuleId, f.Element));
        var analyzer = (await TopologyCompilation.AnalyzeAsync(compilation))
            .Where(d => d.Id != RuleIds.Topo005)
            .Select(d => (d.Id, d.Properties["Element"]!));

        Assert.Equal(Sorted(runtime), Sorted(analyzer));
    }

    [Fact]
    public void The_draft_plan_sample_has_the_two_classic_mistakes()
    {
        var compilation = TopologyCompilation.Create(TopologyCompilation.Sample("Fabrikam.DraftPlan"));

        var findings = TopologyCompilation.Validate(compilation, "Fabrikam.DraftPlan.FabrikamTopology");

        Assert.Contains(findings, f => f.RuleId == RuleIds.Xmpp001 && f.Element == "sip:jonas.berg@fabrikam.com");
        Assert.Contains(findings, f => f.RuleId == RuleIds.Xmpp002 && f.Element == "edge15.fabrikam.com");
    }

    private static List<(string, string)> Sorted(IEnumerable<(string Id, string Element)> findings) =>
        findings.OrderBy(f => f.Id, StringComparer.Ordinal).ThenBy(f => f.Element, StringComparer.Ordinal).ToList();
}
