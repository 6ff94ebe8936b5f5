using System.IO;
using System.Text.Json;
using System.Threading.Tasks;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>Review in a pull request's git repository (--base), and a fix that edits another file than its finding's.</summary>
[Collection(DraftPlanTests.Name)]
public class ReviewScenarioTests
{
    private const string JonasStays = """        users.User("sip:jonas.berg@fabrikam.com").HomedOn(Pools.Fe2015).Xmpp();""";
    private const string JonasMoves = """        users.User("sip:jonas.berg@fabrikam.com").HomedOn(Pools.Fe2015).MoveTo(Pools.Fe2019).Xmpp();""";

    [Fact]
    public async Task With_base_only_findings_on_lines_changed_since_it_are_reviewed()
    {
        // The base has the Edge mistake (XMPP002, XMPP005, XMPP006); the change under review adds the user's move (XMPP001).
        using var repository = new SampleCopy("Fabrikam.DraftPlan", "base").Restored();
        var source = repository.File("FabrikamTopology.cs");
        File.WriteAllText(source, File.ReadAllText(source).Replace(JonasMoves, JonasStays, System.StringComparison.Ordinal));
        Cli.Git(repository.Folder, "init", "--quiet");
        File.WriteAllText(repository.File(".gitignore"), "bin/\nobj/\n");
        Cli.Git(repository.Folder, "add", ".");
        Cli.Git(repository.Folder, "commit", "--quiet", "-m", "base");
        var baseCommit = Cli.Git(repository.Folder, "rev-parse", "HEAD").Trim();
        File.WriteAllText(source, File.ReadAllText(source).Replace(JonasStays, JonasMoves, System.StringComparison.Ordinal));
        Cli.Git(repository.Folder, "commit", "--quiet", "-am", "move Jonas to 2019");
        var output = Path.Combine(repository.Folder, "..", Path.GetFileName(repository.Folder) + "-review");

        var (exitCode, _, error) = await Cli.RunAsync("review", repository.Folder, "--base", baseCommit, "--out", output);

        Assert.True(exitCode == 1, error);
        Assert.Contains($"1 of 4 finding(s) on lines changed since {baseCommit}", error);
        var markdown = File.ReadAllText(Path.Combine(output, "review.md"));
        Assert.Contains($"1 finding(s) on lines changed since `{baseCommit}`, 1 with a suggested fix.", markdown);
        Assert.Contains("### 1. XMPP001 (error): `FabrikamTopology.cs` line 29", markdown);
        Assert.DoesNotContain("XMPP002 (error)", markdown);
        var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "review.sarif"))).RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal("XMPP001", Assert.Single(results.EnumerateArray()).GetProperty("ruleId").GetString());
        Assert.Contains("+" + JonasStays + "\n", File.ReadAllText(Path.Combine(output, "fixes.patch"))); // the move cancelled
        Directory.Delete(output, recursive: true);
    }

    [Fact]
    public async Task A_base_that_is_not_a_commit_is_refused_in_one_line()
    {
        using var repository = new SampleCopy("Fabrikam.DraftPlan", "badbase");
        Cli.Git(repository.Folder, "init", "--quiet");

        var (exitCode, output, error) = await Cli.RunAsync("review", repository.Project, "--base", "no-such-branch", "--out", repository.File("review"));

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("xmpp-topology review: --base 'no-such-branch' is not a commit in ", error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_fix_in_another_file_is_suggested_in_that_file_and_is_in_the_patch_and_the_sarif()
    {
        using var project = new SampleCopy("Fabrikam.DraftPlan", "crossfile").Restored();
        File.WriteAllText(project.File("FabrikamTopology.cs"), """
            using XmppTopology;

            namespace Fabrikam.DraftPlan;

            public static class FabrikamTopology
            {
                public static Topology Build() => Topology.Define("fabrikam.com", t => t
                    .CentralSite("Amsterdam", Sites.Amsterdam)
                    .XmppPartner("jabber.contoso.com"));
            }
            """);
        File.WriteAllText(project.File("Sites.cs"), """
            using XmppTopology;

            namespace Fabrikam.DraftPlan;

            internal static class Sites
            {
                // The legacy Edge: federation moved to 2019.
                public static void Amsterdam(CentralSiteBuilder site) => site
                    .FrontEndPool("fe15.fabrikam.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.fabrikam.com", ProductVersion.SkypeForBusiness2015);
            }
            """);
        var output = project.File("review");

        var (exitCode, _, error) = await Cli.RunAsync("review", project.Project, "--out", output, "--quiet");

        Assert.True(exitCode == 1, error);
        var markdown = File.ReadAllText(Path.Combine(output, "review.md"));
        Assert.Contains("### 1. XMPP005 (error): `FabrikamTopology.cs`", markdown);
        Assert.Contains("The fix is in another file than the finding.", markdown);
        Assert.Contains("<!-- xmpp-topology suggestion: path=Sites.cs start_line=10 line=10 -->", markdown);
        Assert.Contains("```suggestion\n        .EdgePool(\"edge15.fabrikam.com\", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy());\n```", markdown);
        var patch = File.ReadAllText(Path.Combine(output, "fixes.patch"));
        Assert.Contains("+++ b/Sites.cs", patch);
        Assert.Contains("+        .EdgePool(\"edge15.fabrikam.com\", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy());", patch);
        var change = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "review.sarif"))).RootElement
            .GetProperty("runs")[0].GetProperty("results")[0].GetProperty("fixes")[0].GetProperty("artifactChanges");
        Assert.Equal("Sites.cs", Assert.Single(change.EnumerateArray()).GetProperty("artifactLocation").GetProperty("uri").GetString());

        Cli.Git(project.Folder, "apply", Path.Combine(output, "fixes.patch"));
        var (checkExit, checkOutput, checkError) = await Cli.RunAsync("check", project.Project, "--quiet");
        Assert.True(checkExit == 0, checkError + checkOutput);
    }
}
