using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>
/// `review` on the draft plan: the patch applies with git and leaves nothing to check, and the
/// Markdown review reads as approved. Of the plan's four errors, XMPP001 and XMPP002 have fixes;
/// XMPP005 and XMPP006 (no legacy Edge with the XMPP proxy stays) have none here, since their
/// fixes need such an Edge: they are consequences of XMPP002 and go away with its fix.
/// </summary>
[Collection(DraftPlanTests.Name)]
[UseReporter(typeof(QuietReporter))]
public class ReviewTests(DraftPlan draft)
{
    [Fact]
    public void Review_exits_1_and_prints_only_the_folder_it_wrote()
    {
        var (exitCode, output, error) = draft.Review;

        Assert.True(exitCode == 1, error);
        Assert.Equal(draft.ReviewFolder + System.Environment.NewLine, output);
        Assert.Contains("4 finding(s), 2 with a fix: wrote fixes.patch, review.md, review.sarif and github-review.json", error);
    }

    [Fact]
    public async Task The_patch_applied_with_git_apply_leaves_check_nothing_to_report()
    {
        using var copy = new SampleCopy("Fabrikam.DraftPlan", "patched").Restored();
        var before = File.ReadAllLines(copy.File("FabrikamTopology.cs"));

        Cli.Git(copy.Folder, "apply", "--verbose", Path.Combine(draft.ReviewFolder, "fixes.patch"));
        var (exitCode, output, error) = await Cli.RunAsync("check", copy.Project, "--quiet");

        Assert.True(exitCode == 0, error + output);
        Assert.StartsWith("0 error(s), 0 warning(s)", output);
        var after = File.ReadAllLines(copy.File("FabrikamTopology.cs"));
        Assert.Equal(["                .XmppProxy()", "                .MarkForMigrationTo2019())", """        users.User("sip:jonas.berg@fabrikam.com").HomedOn(Pools.Fe2015).MoveTo(Pools.Fe2019).Xmpp();"""], before.Except(after));
        Assert.Equal(["                .XmppProxy())", """        users.User("sip:jonas.berg@fabrikam.com").HomedOn(Pools.Fe2015).Xmpp();"""], after.Except(before));
    }

    [Fact]
    public void The_markdown_review_is_as_approved() => Approvals.Verify(draft.ReviewFile("review.md"));

    [Fact]
    public void The_patch_is_as_approved()
    {
        using (ApprovalResults.ForScenario("fixes.patch"))
        {
            Approvals.Verify(draft.ReviewFile("fixes.patch"));
        }
    }

    [Fact]
    public void Each_suggestion_is_anchored_at_the_lines_its_block_replaces()
    {
        var markdown = draft.ReviewFile("review.md");
        var source = File.ReadAllLines(Path.Combine(draft.Folder, "FabrikamTopology.cs"));

        // The XMPP002 fix drops the mark: lines 14-15 (".XmppProxy()", ".MarkForMigrationTo2019())") become one.
        Assert.Contains("<!-- xmpp-topology suggestion: path=FabrikamTopology.cs start_line=14 line=15 -->", markdown);
        Assert.Equal("                .XmppProxy()", source[13]);
        Assert.Equal("                .MarkForMigrationTo2019())", source[14]);
        Assert.Contains("```suggestion\n                .XmppProxy())\n```", markdown);
        Assert.Equal(2, markdown.Split("```suggestion").Length - 1);
    }

    [Fact]
    public void As_a_process_review_writes_the_four_files_where_asked()
    {
        var folder = Path.Combine(draft.Folder, "process-review");

        var (exitCode, output, error) = Cli.RunProcess(draft.Folder, "review", "Fabrikam.DraftPlan.csproj", "--out", folder, "--quiet");

        Assert.True(exitCode == 1, error);
        Assert.Equal("", error);
        Assert.Equal(folder, output.TrimEnd());
        Assert.Equal(draft.ReviewFile("fixes.patch"), File.ReadAllText(Path.Combine(folder, "fixes.patch")));
        Assert.Equal(draft.ReviewFile("review.md"), File.ReadAllText(Path.Combine(folder, "review.md")));
        Assert.Equal(draft.ReviewFile("review.sarif"), File.ReadAllText(Path.Combine(folder, "review.sarif")));
        Assert.Equal(draft.ReviewFile("github-review.json"), File.ReadAllText(Path.Combine(folder, "github-review.json")));
    }

    [Fact]
    public async Task With_force_review_replaces_an_earlier_review()
    {
        var folder = Directory.CreateDirectory(Path.Combine(draft.Folder, "forced-review")).FullName;
        File.WriteAllText(Path.Combine(folder, "review.md"), "an earlier review");

        var (exitCode, _, error) = await Cli.RunAsync("review", draft.Project, "--out", folder, "--force", "--quiet");

        Assert.True(exitCode == 1, error);
        Assert.Equal(draft.ReviewFile("review.md"), File.ReadAllText(Path.Combine(folder, "review.md")));
        Assert.Equal(draft.ReviewFile("fixes.patch"), File.ReadAllText(Path.Combine(folder, "fixes.patch")));
    }
}
