using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Cli.Review;
using TopologyFinding = XmppTopology.Cli.Analysis.Finding;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>The GitHub review's cases that the draft plan does not show: a fix in another file, lines partly in the diff, a finding without a fix, deletions.</summary>
public sealed class GitHubReviewWriterTests : System.IDisposable
{
#pragma warning disable RS2008 // A stand-in for the analyzer's descriptor, not a shipped rule.
    private static readonly DiagnosticDescriptor Rule = new("XMPP003", "title", "message {0}", "XmppFederation", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: "https://example.com/XMPP003.md");
#pragma warning restore RS2008
    private static readonly SourceText Topology = SourceText.From("line 1\nline 2\nline 3\nline 4\n");
    private static readonly SourceText Sites = SourceText.From("site 1\nsite 2\n");

    private readonly AdhocWorkspace workspace = new();
    private readonly Document document;

    public GitHubReviewWriterTests() => document = workspace.AddDocument(workspace.AddProject("Topology", LanguageNames.CSharp).Id, "Topology.cs", Topology);

    [Fact]
    public void A_fix_in_another_file_is_a_comment_on_that_files_lines_when_they_changed()
    {
        var fix = new FixProposal("Enable the proxy", [Edit("Sites.cs", Sites, 12, 1, "Two")]);
        var changed = Diff(("Topology.cs", 1, 1), ("Sites.cs", 2, 2));

        var review = Review([(NewFinding(1, 1), fix, true)], changed);

        var comment = Assert.Single(review.Comments);
        Assert.Equal(("Sites.cs", null, 2, "RIGHT"), (comment.Path, comment.StartLine, comment.Line, comment.Side));
        Assert.Contains("The finding is at `Topology.cs` line 1; its fix is on these lines.", comment.Body);
        Assert.EndsWith("\n```suggestion\nsite Two\n```\n", comment.Body);
        Assert.DoesNotContain("###", review.Body);
    }

    [Fact]
    public void A_fix_in_another_file_outside_the_diff_is_a_note_in_the_summary_with_its_patch()
    {
        var fix = new FixProposal("Enable the proxy", [Edit("Sites.cs", Sites, 12, 1, "Two")]);

        var review = Review([(NewFinding(1, 1), fix, true)], Diff(("Topology.cs", 1, 1)));

        Assert.Empty(review.Comments);
        Assert.Contains("0 are review comments on their lines; 1 below, which GitHub cannot take as a comment there.", review.Body);
        Assert.Contains("### XMPP003 (error): `Topology.cs` line 1\n\nmessage 1\n\n[About XMPP003](https://example.com/XMPP003.md)\n\n", review.Body);
        Assert.Contains("Suggested fix: Enable the proxy. It cannot be a suggestion: it changes `Sites.cs` line 2, which this pull request does not change. It is in `fixes.patch`:", review.Body);
        Assert.Contains("```diff\ndiff --git a/Sites.cs b/Sites.cs\n", review.Body);
        Assert.Contains("\n-site 2\n+site Two\n", review.Body);
    }

    [Fact]
    public void A_suggestion_is_never_cut_to_the_part_of_its_lines_in_the_diff()
    {
        // The fix joins lines 2 and 3; only line 3 changed in the pull request.
        var fix = new FixProposal("Join", [Edit("Topology.cs", Topology, 13, 1, " ")]);

        var review = Review([(NewFinding(3, 3), fix, true)], Diff(("Topology.cs", 3, 3)));

        Assert.Empty(review.Comments);
        Assert.Contains("it changes `Topology.cs` lines 2-3, not all of them changed by this pull request", review.Body);
    }

    [Fact]
    public void A_suggestion_on_several_changed_lines_selects_them_all()
    {
        var fix = new FixProposal("Join", [Edit("Topology.cs", Topology, 13, 1, " ")]);

        var comment = Assert.Single(Review([(NewFinding(3, 3), fix, true)], Diff(("Topology.cs", 2, 4))).Comments);

        Assert.Equal((2, "RIGHT", 3), (comment.StartLine, comment.StartSide, comment.Line));
        Assert.EndsWith("```suggestion\nline 2 line 3\n```\n", comment.Body);
    }

    [Fact]
    public void A_finding_without_a_fix_is_a_comment_on_the_part_of_its_lines_that_changed()
    {
        var review = Review([(NewFinding(1, 3), null, false)], Diff(("Topology.cs", 2, 4)));

        var comment = Assert.Single(review.Comments);
        Assert.Equal((2, 3), (comment.StartLine, comment.Line));
        Assert.EndsWith("No automatic fix: this rule needs a decision only a person can make (see the rule's page).\n", comment.Body);
        Assert.DoesNotContain("suggestion", comment.Body);
    }

    [Fact]
    public void Without_base_every_finding_is_a_comment_on_its_lines()
    {
        var fix = new FixProposal("Join", [Edit("Topology.cs", Topology, 13, 1, " ")]);

        var review = Review([(NewFinding(1, 4), null, true), (NewFinding(3, 3), fix, true)], changed: null);

        Assert.Equal([(1, 4), (2, 3)], review.Comments.Select(c => (c.StartLine!.Value, c.Line)));
        Assert.Contains("2 finding(s), 1 with a suggested fix.", review.Body);
        Assert.Contains("Each is a review comment on its lines.", review.Body);
    }

    [Fact]
    public void Findings_outside_the_diff_are_listed_in_the_summary_with_their_file_and_lines()
    {
        var outside = new[] { NewFinding(4, 4), NewFinding(1, 2) };

        var review = GitHubReviewWriter.Create([], outside, Diff(("Topology.cs", 3, 3)), "main");

        Assert.Empty(review.Comments);
        Assert.StartsWith("## XmppTopology review\n\nNo finding on lines changed since `main`.\n", review.Body);
        Assert.Contains("2 finding(s) on lines this pull request does not change (GitHub takes review comments on the diff's lines only):\n\n- `Topology.cs` line 4: XMPP003 (error) message 4\n- `Topology.cs` lines 1-2: XMPP003 (error) message 1\n", review.Body);
    }

    [Fact]
    public void Past_fifty_findings_outside_the_diff_the_rest_are_counted_so_the_body_stays_within_githubs_limit()
    {
        var outside = Enumerable.Range(0, 1000).Select(i => NewFinding(i % 4 + 1, i % 4 + 1)).ToList();

        var review = GitHubReviewWriter.Create([], outside, Diff(("Topology.cs", 3, 3)), "main");

        Assert.Contains("1000 finding(s) on lines this pull request does not change", review.Body);
        Assert.Equal(51, review.Body.Split('\n').Count(l => l.StartsWith("- ", System.StringComparison.Ordinal)));
        Assert.EndsWith("- and 950 more: `xmpp-topology check` lists them all.\n", review.Body);
    }

    [Fact]
    public void A_suggestion_that_deletes_lines_is_an_empty_block_and_one_that_empties_a_line_is_a_blank_line()
    {
        var deletes = Suggestion.For(new FixProposal("Delete", [Edit("Topology.cs", Topology, 7, 7, "")]))!; // "line 2\n", to the start of line 3
        var empties = Suggestion.For(new FixProposal("Empty", [Edit("Topology.cs", Topology, 7, 6, "")]))!;

        Assert.Equal(("```suggestion\n```\n", 2, 2), (deletes.Block(), deletes.FirstLine, deletes.LastLine));
        Assert.Equal(("```suggestion\n\n```\n", 2, 2), (empties.Block(), empties.FirstLine, empties.LastLine));
    }

    [Fact]
    public void The_json_has_githubs_names_and_no_start_line_on_a_one_line_comment()
    {
        var review = new GitHubReview("COMMENT", "summary", [GitHubReviewComment.OnLines("a.cs", 3, 3, "one"), GitHubReviewComment.OnLines("a.cs", 3, 5, "three")]);

        var json = System.Text.Json.Nodes.JsonNode.Parse(review.ToJson())!;

        Assert.Equal("""{"event":"COMMENT","body":"summary","comments":[{"path":"a.cs","line":3,"side":"RIGHT","body":"one"},{"path":"a.cs","start_line":3,"start_side":"RIGHT","line":5,"side":"RIGHT","body":"three"}]}""", json.ToJsonString());
    }

    public void Dispose() => workspace.Dispose();

    private static GitHubReview Review((TopologyFinding, FixProposal?, bool)[] proposals, ChangedLines? changed) =>
        GitHubReviewWriter.Create(FixSet.Merge(proposals).Items, [], changed, changed is null ? null : "main");

    private static DocumentEdit Edit(string path, SourceText text, int start, int length, string inserted) =>
        new(path, text, [new TextChange(new TextSpan(start, length), inserted)]);

    // A diff as `git diff --unified=0` prints it: one hunk per range of changed lines (one-based, inclusive).
    private static ChangedLines Diff(params (string Path, int First, int Last)[] hunks) =>
        ChangedLines.FromDiff(string.Concat(hunks.GroupBy(h => h.Path).Select(file => $"+++ b/{file.Key}\n" + string.Concat(file.Select(h => $"@@ -{h.First},{h.Last - h.First + 1} +{h.First},{h.Last - h.First + 1} @@\n")))), []);

    // A finding in Topology.cs on lines first to last (one-based), in a document as the CLI loads it.
    private TopologyFinding NewFinding(int first, int last)
    {
        var start = Topology.Lines[first - 1].Start;
        var end = Topology.Lines[last - 1].End;
        var span = TextSpan.FromBounds(start, end);
        var location = Location.Create("Topology.cs", span, Topology.Lines.GetLinePositionSpan(span));
        return new TopologyFinding(Diagnostic.Create(Rule, location, first), document, "Topology.cs", location.GetLineSpan());
    }
}
