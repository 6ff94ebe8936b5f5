using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Cli.Review;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>The patch writer against git itself: whatever the changes, `git apply` makes exactly the fixed text.</summary>
public class UnifiedDiffTests
{
    private const string Lines = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\ntwelve\n";

    [Theory]
    [InlineData("replace in one line", Lines, 4, 3, "2")] // "two" -> "t2"
    [InlineData("delete a whole line", Lines, 8, 6, "")] // "three\n"
    [InlineData("insert a line", Lines, 4, 0, "one and a half\n")]
    [InlineData("join two lines", Lines, 13, 1, ".")] // "three" "four" -> "three.four"
    [InlineData("last line without a line break", "alpha\nbeta", 8, 2, "TA")]
    [InlineData("append after the last line", "alpha\nbeta\n", 11, 0, "gamma\n")]
    [InlineData("windows line endings", "one\r\ntwo\r\nthree\r\n", 5, 3, "TWO")]
    public void Git_apply_makes_the_fixed_text(string name, string text, int start, int length, string inserted)
    {
        Assert.NotEmpty(name);
        AssertAppliesTo(text, new TextChange(new TextSpan(start, length), inserted));
    }

    [Fact]
    public void A_deleted_line_is_the_only_line_its_hunk_changes()
    {
        var patch = UnifiedDiff.Create([Edit(Lines, new TextChange(new TextSpan(Lines.IndexOf("three", StringComparison.Ordinal), 6), ""))]);

        Assert.Equal(["-three"], patch.Split('\n').Where(l => l.StartsWith('-') || l.StartsWith('+')).Where(l => !l.StartsWith("---", StringComparison.Ordinal) && !l.StartsWith("+++", StringComparison.Ordinal)));
        Assert.Contains("@@ -1,6 +1,5 @@\n", patch);
    }

    [Fact]
    public void Changes_far_apart_make_two_hunks_and_near_ones_one()
    {
        var far = UnifiedDiff.Create([Edit(Lines, new TextChange(new TextSpan(0, 3), "ONE"), new TextChange(new TextSpan(Lines.IndexOf("twelve", StringComparison.Ordinal), 6), "TWELVE"))]);
        var near = UnifiedDiff.Create([Edit(Lines, new TextChange(new TextSpan(0, 3), "ONE"), new TextChange(new TextSpan(Lines.IndexOf("five", StringComparison.Ordinal), 4), "FIVE"))]);

        Assert.Equal(["@@ -1,4 +1,4 @@", "@@ -9,4 +9,4 @@"], far.Split('\n').Where(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Equal(["@@ -1,8 +1,8 @@"], near.Split('\n').Where(l => l.StartsWith("@@", StringComparison.Ordinal)));
        AssertAppliesTo(Lines, new TextChange(new TextSpan(0, 3), "ONE"), new TextChange(new TextSpan(Lines.IndexOf("twelve", StringComparison.Ordinal), 6), "TWELVE\nthirteen"));
    }

    private static DocumentEdit Edit(string text, params TextChange[] changes) =>
        new("Topology.cs", SourceText.From(text), [.. changes.OrderBy(c => c.Span.Start)]);

    private static void AssertAppliesTo(string text, params TextChange[] changes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "xmpptopology-diff-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var edit = Edit(text, changes);
            File.WriteAllText(Path.Combine(folder, "Topology.cs"), text);
            File.WriteAllText(Path.Combine(folder, "fix.patch"), UnifiedDiff.Create([edit]));

            Cli.Git(folder, "apply", "fix.patch");

            Assert.Equal(edit.OriginalText.WithChanges(edit.Changes).ToString(), File.ReadAllText(Path.Combine(folder, "Topology.cs")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
