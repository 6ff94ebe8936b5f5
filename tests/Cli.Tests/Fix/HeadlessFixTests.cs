using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace XmppTopology.Cli.Tests.Fix;

/// <summary>
/// One <c>dotnet format analyzers</c> run with every fixable rule, and one <c>xmpp-topology fix</c>
/// run, on both samples and 51 generated topologies: each leaves no topology finding, the code
/// builds, every comment stays, and both make the same change.
/// </summary>
[Collection(HeadlessFixRunsTests.Name)]
public partial class HeadlessFixTests(HeadlessFixRuns runs)
{
    private const string DraftPlan = "Fabrikam.DraftPlan/FabrikamTopology.cs";

    [Fact]
    public void Before_the_fixes_the_draft_plan_has_its_four_errors_and_each_generated_topology_what_was_planted()
    {
        Assert.Equal(["XMPP001", "XMPP002", "XMPP005", "XMPP006"], runs.FindingsBefore.Where(f => f.Path == DraftPlan).Select(f => f.Id).Order());
        Assert.DoesNotContain(runs.FindingsBefore, f => f.Path.StartsWith("Contoso.Migration/", StringComparison.Ordinal));

        Assert.True(runs.Planted.Count >= 50, $"{runs.Planted.Count} generated topologies");
        foreach (var (topology, planted) in runs.Planted)
        {
            var found = runs.FindingsBefore.Where(f => f.Path.StartsWith(topology + "/", StringComparison.Ordinal)).Select(f => f.Id).Order();
            Assert.True(planted.Order().SequenceEqual(found), $"{topology}: planted {string.Join(" ", planted.Order())}, found {string.Join(" ", found)}");
        }

        Assert.Equal(HeadlessFixRuns.FixableRules.Order(), runs.Planted.Values.SelectMany(p => p).Distinct().Order());
    }

    [Fact]
    public void Dotnet_format_with_every_fixable_rule_exits_0_and_the_code_builds_without_a_topology_finding()
    {
        Assert.True(runs.Format.ExitCode == 0, runs.Format.Output);
        AssertBuildsClean(runs.FormatBuild);
    }

    [Fact]
    public void Xmpp_topology_fix_exits_0_says_what_it_changed_and_the_code_builds_without_a_topology_finding()
    {
        var (exitCode, output, error) = runs.Fix;

        Assert.True(exitCode == 0, error + output);
        Assert.Contains($"{DraftPlan}\n  15:18  XMPP002  Keep the legacy Edge edge15.fabrikam.com (drop the mark)\n  29:73  XMPP001  Cancel the planned move of sip:jonas.berg@fabrikam.com\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("Left: 0 error(s), 0 warning(s), 0 info(s) in 0 file(s)", output);
        Assert.DoesNotContain("rolled back", output);
        AssertBuildsClean(runs.FixBuild);
    }

    [Fact]
    public void Both_make_the_same_change_the_draft_plans_offending_calls_only_and_the_corrected_plan_stays_as_it_was()
    {
        Assert.Empty(runs.Differences);
        foreach (var (path, source) in runs.Sources.Where(s => s.Key.StartsWith("Contoso.Migration/", StringComparison.Ordinal)))
        {
            Assert.Equal(source, HeadlessFixRuns.Text(runs.FixTree, path));
        }

        var before = runs.Sources[DraftPlan].Split('\n');
        var after = HeadlessFixRuns.Text(runs.FixTree, DraftPlan).Split('\n');
        Assert.Equal(["                .XmppProxy()", "                .MarkForMigrationTo2019())", """        users.User("sip:jonas.berg@fabrikam.com").HomedOn(Pools.Fe2015).MoveTo(Pools.Fe2019).Xmpp();"""], before.Except(after));
        Assert.Equal(["                .XmppProxy())", """        users.User("sip:jonas.berg@fabrikam.com").HomedOn(Pools.Fe2015).Xmpp();"""], after.Except(before));
    }

    [Fact]
    public void Every_comment_stays_and_no_planned_move_goes_to_the_pool_the_user_is_on()
    {
        foreach (var tree in new[] { runs.FormatTree, runs.FixTree })
        {
            foreach (var (path, source) in runs.Sources)
            {
                var text = HeadlessFixRuns.Text(tree, path);
                Assert.Equal(Comments(source), Comments(text));
                Assert.False(MoveToHome().IsMatch(text), $"{path}: {MoveToHome().Match(text).Value}");
            }
        }
    }

    private static void AssertBuildsClean((int ExitCode, string Output) build)
    {
        Assert.True(build.ExitCode == 0, build.Output);
        var topologyFindings = build.Output.Split('\n').Where(l => TopologyDiagnostic().IsMatch(l)).Distinct().ToList();
        Assert.True(topologyFindings.Count == 0, string.Join("\n", topologyFindings));
    }

    private static List<string> Comments(string source) =>
        [.. CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTrivia()
            .Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia) || t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia))
            .Select(t => t.ToFullString())];

    [GeneratedRegex(@": (error|warning|info) (XMPP|TOPO)\d{3}:")]
    private static partial Regex TopologyDiagnostic();

    // HomedOn(X)...MoveTo(X): the "fix" that keeps a planned move onto the pool the user is already on.
    [GeneratedRegex(@"HomedOn\((?<pool>[^()]+)\)[^;]*?\.MoveTo\(\k<pool>\)")]
    private static partial Regex MoveToHome();
}
