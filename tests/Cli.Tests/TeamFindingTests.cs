using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using XmppTopology.Cli.Tests.Review;

namespace XmppTopology.Cli.Tests;

using Cli = Review.Cli;

/// <summary>
/// One mistake, one entry: a team declared in one <c>users.Users([...])</c> call and moved to the
/// 2019 pool with XMPP is one result of <c>check --format sarif</c> and of the review's SARIF, at
/// the call, with one fix for the whole team.
/// </summary>
public class TeamFindingTests
{
    private const string Team = "2 users federate with XMPP but are planned to move to 'fe19.fabrikam.com', a Skype for Business Server 2019 pool; XMPP users must stay on a legacy pool: 'sip:eva.lind@fabrikam.com' and 'sip:nils.holm@fabrikam.com'";

    [Fact]
    public async Task A_teams_planned_move_is_one_sarif_result_at_its_call_with_one_fix()
    {
        using var draft = new SampleCopy("Fabrikam.DraftPlan", "team");
        var topology = draft.File("FabrikamTopology.cs");
        var source = File.ReadAllText(topology);
        var teamCall = ".HomedOn(Pools.Fe2015).MoveTo(Pools.Fe2019);";
        Assert.Single(source.Split('\n'), line => line.Contains(teamCall, System.StringComparison.Ordinal));
        File.WriteAllText(topology, source.Replace(teamCall, ".HomedOn(Pools.Fe2015).MoveTo(Pools.Fe2019).Xmpp();", System.StringComparison.Ordinal));
        draft.Restored();

        var (exitCode, output, error) = await Cli.RunAsync("check", draft.Project, "--format", "sarif");
        var (reviewed, _, reviewError) = await Cli.RunAsync("review", draft.Project, "--out", draft.File("review"));

        Assert.True(exitCode == 1, error);
        Assert.True(reviewed == 1, reviewError);
        foreach (var log in new[] { output, File.ReadAllText(Path.Combine(draft.File("review"), "review.sarif")) })
        {
            var results = JsonDocument.Parse(log).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == "XMPP001").ToList();
            Assert.Equal(2, results.Count); // jonas.berg's move, and the team's
            var team = Assert.Single(results, r => r.GetProperty("message").GetProperty("text").GetString() == Team);
            var region = team.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.Equal((31, "MoveTo(Pools.Fe2019)"), (region.GetProperty("startLine").GetInt32(), source.Split('\n')[30][(region.GetProperty("startColumn").GetInt32() - 1)..(region.GetProperty("endColumn").GetInt32() - 1)]));
            if (log != output)
            {
                var fix = Assert.Single(team.GetProperty("fixes").EnumerateArray());
                Assert.Equal("Cancel the planned move of 2 users", fix.GetProperty("description").GetProperty("text").GetString());
            }
        }
    }
}
