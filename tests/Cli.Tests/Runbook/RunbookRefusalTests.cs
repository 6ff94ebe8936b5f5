using System.IO;
using System.Threading.Tasks;
using XmppTopology.Cli.Tests.Review;

namespace XmppTopology.Cli.Tests.Runbook;

/// <summary>A plan the rules reject, or whose values the analyzer cannot know, gets no runbook: exit 1, the findings listed, nothing written.</summary>
[Collection(DraftPlanTests.Name)]
public class RunbookRefusalTests(DraftPlan draft)
{
    [Fact]
    public async Task A_plan_with_XMPP001_produces_no_script_and_exit_code_1()
    {
        var folder = Path.Combine(draft.Folder, "refused-runbook");

        var (exitCode, output, error) = await Review.Cli.RunAsync("runbook", draft.Project, "--out", folder);

        Assert.True(exitCode == 1, error);
        Assert.Contains("  29:73  error  XMPP001  User 'sip:jonas.berg@fabrikam.com' federates with XMPP but is planned to move to 'fe19.fabrikam.com'", output);
        Assert.Contains("  15:18  error  XMPP002  ", output);
        Assert.Contains("4 error(s), 0 warning(s), 0 info(s) in 1 file(s)", output);
        Assert.Contains("xmpp-topology runbook: refused: 4 error-severity finding(s) and 0 value(s) not known at compile time (TOPO005); nothing written", error);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task A_value_not_known_at_compile_time_is_listed_and_refused_never_guessed()
    {
        using var contoso = new SampleCopy("Contoso.Migration", "runbook-topo005");
        var users = contoso.File("Users.cs");
        File.WriteAllText(users, File.ReadAllText(users).Replace(
            "        users.User(\"sip:lars.olsen@contoso.com\").HomedOn(Pools.RedmondFe2019);",
            "        users.User(\"sip:lars.olsen@contoso.com\").HomedOn(Pools.RedmondFe2019);\n        users.User(System.Environment.GetEnvironmentVariable(\"EXTRA_USER\") ?? \"sip:extra@contoso.com\").HomedOn(Pools.RedmondFe2015).MoveTo(Pools.RedmondFe2019);",
            System.StringComparison.Ordinal));
        contoso.Restored();
        var folder = contoso.File("runbook");

        var (exitCode, output, error) = await Review.Cli.RunAsync("runbook", contoso.Project, "--out", folder);

        Assert.True(exitCode == 1, error + output);
        Assert.Contains("Users.cs", output);
        Assert.Contains("  info  TOPO005  ", output);
        Assert.Contains("and 1 value(s) not known at compile time (TOPO005); nothing written", error);
        Assert.False(Directory.Exists(folder));
    }
}
