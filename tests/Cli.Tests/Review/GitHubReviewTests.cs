using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ApprovalTests;
using ApprovalTests.Reporters;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>
/// github-review.json of the draft plan: a body that GitHub's own OpenAPI description of "create a
/// review" accepts (and one it refuses when broken), its comments on the new side of the lines their
/// suggestions replace, and as approved. Without --base every finding is a comment.
/// </summary>
[Collection(DraftPlanTests.Name)]
[UseReporter(typeof(QuietReporter))]
public class GitHubReviewTests(DraftPlan draft)
{
    [Fact]
    public void The_schema_kept_is_the_request_body_of_pulls_create_review_in_octokit_openapi_23_0_2()
    {
        var source = GitHubReviewSchema.Fixture()["source"]!;

        Assert.Equal(("@octokit/openapi", "23.0.2", "pulls/create-review"), (source["package"]!.GetValue<string>(), source["version"]!.GetValue<string>(), source["operationId"]!.GetValue<string>()));
        Assert.Equal(["body", "comments", "commit_id", "event"], GitHubReviewSchema.Fixture()["schema"]!["properties"]!.AsObject().Select(p => p.Key).Order());
    }

    [Fact]
    public async Task The_review_is_a_request_body_that_githubs_description_accepts()
    {
        var payload = draft.ReviewFile("github-review.json");

        Assert.Empty(await GitHubReviewSchema.ErrorsAsync(payload));
        Assert.Empty(GitHubReviewSchema.UndeclaredNames(JsonNode.Parse(payload)!.AsObject()));
    }

    [Theory]
    [InlineData("a comment without path")]
    [InlineData("an event GitHub does not know")]
    [InlineData("a line that is not a number")]
    [InlineData("a body that is not text")]
    public async Task The_schema_refuses_a_broken_review(string breakage)
    {
        var payload = JsonNode.Parse(draft.ReviewFile("github-review.json"))!.AsObject();
        var comment = payload["comments"]![0]!.AsObject();
        switch (breakage)
        {
            case "a comment without path": comment.Remove("path"); break;
            case "an event GitHub does not know": payload["event"] = "MERGE"; break;
            case "a line that is not a number": comment["line"] = "29"; break;
            default: payload["body"] = 42; break;
        }

        Assert.NotEmpty(await GitHubReviewSchema.ErrorsAsync(payload.ToJsonString()));
    }

    [Fact]
    public void A_misspelt_name_is_caught_though_the_schema_lets_it_pass()
    {
        var payload = JsonNode.Parse(draft.ReviewFile("github-review.json"))!.AsObject();
        var comment = payload["comments"]!.AsArray().First(c => c!["start_line"] is not null)!.AsObject();
        comment["startLine"] = comment["start_line"]!.DeepClone();
        comment.Remove("start_line");

        Assert.Equal(["comments[].startLine"], GitHubReviewSchema.UndeclaredNames(payload));
    }

    [Fact]
    public void Each_finding_is_a_comment_on_the_new_side_and_each_suggestion_selects_the_lines_it_replaces()
    {
        var review = JsonDocument.Parse(draft.ReviewFile("github-review.json")).RootElement;
        var comments = review.GetProperty("comments").EnumerateArray().ToList();

        Assert.Equal("COMMENT", review.GetProperty("event").GetString());
        Assert.Equal(
            [("XMPP005", 8, 22), ("XMPP002", 14, 15), ("XMPP006", 18, 18), ("XMPP001", 29, 29)],
            comments.Select(c => (c.GetProperty("body").GetString()!.Split("**")[1], c.TryGetProperty("start_line", out var start) ? start.GetInt32() : c.GetProperty("line").GetInt32(), c.GetProperty("line").GetInt32())));
        Assert.All(comments, c => Assert.Equal("RIGHT", c.GetProperty("side").GetString()));
        Assert.All(comments.Where(c => c.TryGetProperty("start_line", out _)), c => Assert.Equal("RIGHT", c.GetProperty("start_side").GetString()));
        Assert.All(comments.Where(c => !c.TryGetProperty("start_line", out _)), c => Assert.False(c.TryGetProperty("start_side", out _)));
        Assert.Equal(2, Suggestions.Count(review));

        // Committing both suggestions makes the file that the patch makes.
        using var patched = new SampleCopy("Fabrikam.DraftPlan", "github-suggestions");
        Cli.Git(patched.Folder, "apply", Path.Combine(draft.ReviewFolder, "fixes.patch"));
        var source = File.ReadAllText(Path.Combine(draft.Folder, "FabrikamTopology.cs"));
        Assert.Equal(File.ReadAllText(patched.File("FabrikamTopology.cs")), Suggestions.Apply(source, "FabrikamTopology.cs", review));
    }

    [Fact]
    public void The_github_review_is_as_approved() => Approvals.Verify(draft.ReviewFile("github-review.json"));
}
