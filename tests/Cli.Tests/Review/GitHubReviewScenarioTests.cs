using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>
/// github-review.json in a pull request's repository, made by the test: the base has one mistake, the
/// change adds two on other lines. The two are comments with suggestions on exactly the changed lines;
/// the older one is only in the summary, since GitHub takes no comment outside the diff.
/// </summary>
[Collection(DraftPlanTests.Name)]
public class GitHubReviewScenarioTests
{
    private const string Source = "Topology/FabrikamTopology.cs";

    [Fact]
    public async Task Mistakes_the_change_brings_are_suggestions_on_its_lines_and_an_older_one_is_in_the_summary()
    {
        // The project sits below the repository's root, so paths are the repository's, not the project's.
        using var repository = new SampleCopy("Fabrikam.DraftPlan", "github-review", "Topology").Restored();
        var file = Path.Combine(repository.Root, Source);
        var draft = File.ReadAllText(file);

        // Base: the draft with its Edge mistake mended (no XMPP002, so no XMPP005 or XMPP006), keeping Jonas's move (XMPP001).
        var baseText = Edit(draft, "                .XmppProxy()\n                .MarkForMigrationTo2019())", "                .XmppProxy())");
        File.WriteAllText(file, baseText);
        File.WriteAllText(Path.Combine(repository.Root, ".gitignore"), "bin/\nobj/\n");
        Cli.Git(repository.Root, "init", "--quiet");
        Cli.Git(repository.Root, "add", ".");
        Cli.Git(repository.Root, "commit", "--quiet", "-m", "base");
        var baseCommit = Cli.Git(repository.Root, "rev-parse", "HEAD").Trim();

        // The change: the partner configured on the 2019 pool (XMPP003) and Ruth, an XMPP user, moved to it (XMPP001).
        var changed = Edit(baseText, ".ConfiguredOn(Pools.Fe2015))", ".ConfiguredOn(Pools.Fe2019))");
        changed = Edit(changed, """users.User("sip:ruth.mayer@fabrikam.com").HomedOn(Pools.Fe2015).Xmpp();""", """users.User("sip:ruth.mayer@fabrikam.com").HomedOn(Pools.Fe2015).MoveTo(Pools.Fe2019).Xmpp();""");
        File.WriteAllText(file, changed);
        Cli.Git(repository.Root, "commit", "--quiet", "-am", "partner and Ruth on 2019");
        var lines = changed.Split('\n');
        var partnerLine = LineOf(lines, ".ConfiguredOn(Pools.Fe2019))");
        var ruthLine = LineOf(lines, "sip:ruth.mayer@");
        var jonasLine = LineOf(lines, "sip:jonas.berg@");
        var hunks = Cli.Git(repository.Root, "diff", "--unified=0", baseCommit).Split('\n').Where(l => l.StartsWith("@@", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, hunks.Count);
        Assert.StartsWith($"@@ -{partnerLine} +{partnerLine} @@", hunks[0]);
        Assert.StartsWith($"@@ -{ruthLine} +{ruthLine} @@", hunks[1]);

        var (exitCode, _, error) = Cli.RunProcess(repository.Root, "review", "Topology/Fabrikam.DraftPlan.csproj", "--base", baseCommit, "--out", "review", "--quiet");

        Assert.True(exitCode == 1, error);
        var payload = File.ReadAllText(Path.Combine(repository.Root, "review", "github-review.json"));
        Assert.Empty(await GitHubReviewSchema.ErrorsAsync(payload));
        Assert.Empty(GitHubReviewSchema.UndeclaredNames(JsonNode.Parse(payload)!.AsObject()));
        var review = JsonDocument.Parse(payload).RootElement;
        var comments = review.GetProperty("comments").EnumerateArray().ToList();
        Assert.Equal(
            [(Source, partnerLine, "XMPP003"), (Source, ruthLine, "XMPP001")],
            comments.Select(c => (c.GetProperty("path").GetString(), c.GetProperty("line").GetInt32(), c.GetProperty("body").GetString()!.Split("**")[1])));
        Assert.All(comments, c => Assert.False(c.TryGetProperty("start_line", out _)));
        Assert.All(comments, c => Assert.Equal("RIGHT", c.GetProperty("side").GetString()));
        Assert.Equal(2, Suggestions.Count(review));
        Assert.DoesNotContain(comments, c => c.GetProperty("body").GetString()!.Contains("jonas", StringComparison.Ordinal));

        var summary = review.GetProperty("body").GetString()!;
        Assert.Contains($"2 finding(s) on lines changed since `{baseCommit}`, 2 with a suggested fix.", summary);
        Assert.Contains("1 finding(s) on lines this pull request does not change", summary);
        Assert.Contains($"- `{Source}` line {jonasLine}: XMPP001 (error) User 'sip:jonas.berg@fabrikam.com' federates with XMPP", summary);

        // Committing both suggestions makes the file that the patch makes, applied with git in a copy of the pull request.
        var copy = repository.Root + "-patched";
        try
        {
            Cli.Git(Path.GetTempPath(), "clone", "--quiet", repository.Root, copy);
            Cli.Git(copy, "apply", Path.Combine(repository.Root, "review", "fixes.patch"));
            Assert.Equal(File.ReadAllText(Path.Combine(copy, Source)), Suggestions.Apply(changed, Source, review));
            Assert.NotEqual(changed, File.ReadAllText(Path.Combine(copy, Source)));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static string Edit(string text, string before, string after)
    {
        Assert.Contains(before, text);
        return text.Replace(before, after, StringComparison.Ordinal);
    }

    private static int LineOf(string[] lines, string part) => Array.FindIndex(lines, l => l.Contains(part, StringComparison.Ordinal)) + 1;
}
