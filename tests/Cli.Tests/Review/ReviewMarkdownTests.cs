using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Cli.Review;
using TopologyFinding = XmppTopology.Cli.Analysis.Finding;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>The Markdown review's cases that the draft plan does not show: a fix across files, overlapping fixes, a rule without fixes.</summary>
public class ReviewMarkdownTests
{
#pragma warning disable RS2008 // A stand-in for the analyzer's descriptor, not a shipped rule.
    private static readonly DiagnosticDescriptor Rule = new("XMPP005", "title", "message", "XmppFederation", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: "https://example.com/XMPP005.md");
#pragma warning restore RS2008
    private static readonly SourceText Topology = SourceText.From("line 1\nline 2\nline 3\n");
    private static readonly SourceText Sites = SourceText.From("site 1\nsite 2\n");

    [Fact]
    public void A_fix_that_spans_files_has_no_suggestion_and_points_at_the_patch_with_its_diff()
    {
        var fix = new FixProposal("Enable the proxy", [Edit("Sites.cs", Sites, 5, "One"), Edit("Topology.cs", Topology, 5, "One")]);

        var markdown = ReviewMarkdown.Write(FixSet.Merge([(NewFinding(), fix, true)]).Items, baseRef: null);

        Assert.DoesNotContain("```suggestion", markdown);
        Assert.Contains("This fix changes `Sites.cs`, `Topology.cs`; a suggestion can only change the lines it is anchored to, so it cannot show it; it is in `fixes.patch`:", markdown);
        Assert.Contains("```diff\ndiff --git a/Sites.cs b/Sites.cs", markdown);
        Assert.Contains("+line One\n", markdown);
    }

    [Fact]
    public void Overlapping_fixes_keep_the_first_in_the_patch_and_say_so_for_the_second()
    {
        var first = new FixProposal("First", [Edit("Topology.cs", Topology, 5, "One")]);
        var second = new FixProposal("Second", [Edit("Topology.cs", Topology, 5, "Uno")]);
        var same = new FixProposal("Same as the first", [Edit("Topology.cs", Topology, 5, "One")]);

        var fixes = FixSet.Merge([(NewFinding(), first, true), (NewFinding(), second, true), (NewFinding(), same, true)]);
        var markdown = ReviewMarkdown.Write(fixes.Items, baseRef: null);

        Assert.Equal([true, false, true], fixes.Items.Select(i => i.InPatch));
        Assert.Equal(["+line One"], UnifiedDiff.Create(fixes.Documents).Split('\n').Where(l => l.StartsWith('+') && !l.StartsWith("+++", System.StringComparison.Ordinal)));
        Assert.Equal(2, markdown.Split("This fix overlaps the fix of an earlier finding, so it is not in `fixes.patch`").Length);
    }

    [Fact]
    public void A_rule_without_fixes_says_a_person_decides()
    {
        var markdown = ReviewMarkdown.Write(FixSet.Merge([(NewFinding(), (FixProposal?)null, false)]).Items, baseRef: "main");

        Assert.Contains("1 finding(s) on lines changed since `main`, 0 with a suggested fix.", markdown);
        Assert.Contains("No automatic fix: this rule needs a decision only a person can make", markdown);
    }

    private static DocumentEdit Edit(string path, SourceText text, int start, string inserted) =>
        new(path, text, [new TextChange(new TextSpan(start, 1), inserted)]);

    private static TopologyFinding NewFinding()
    {
        var location = Location.Create("Topology.cs", new TextSpan(0, 4), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 4)));
        var diagnostic = Diagnostic.Create(Rule, location);
        return new TopologyFinding(diagnostic, null, "Topology.cs", location.GetLineSpan());
    }
}
