namespace Company.Topology.Tests;

using System.Linq;
using Xunit;

/// <summary>The rules at run time: what the analyzer checks as you type, Validate() checks on the built topology.</summary>
public class MigrationPlanTests
{
    [Fact]
    public void The_plan_breaks_no_rule()
    {
        var findings = MigrationPlan.Build().Validate();

        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => f.ToString())));
    }
}
