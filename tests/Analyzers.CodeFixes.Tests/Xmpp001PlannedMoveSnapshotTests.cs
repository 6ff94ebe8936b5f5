using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ApprovalTests;
using ApprovalTests.Reporters;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using XmppTopology.Testing;

namespace XmppTopology.Analyzers.CodeFixes.Tests;

/// <summary>
/// The preferred XMPP001 fix of a planned move, on the rule page's own example: the move is
/// cancelled, nothing else changes. The rule page and the README show that code.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public class Xmpp001PlannedMoveSnapshotTests
{
    private static readonly string RulePage = File.ReadAllText(Path.Combine(Repository.Root, "docs", "rules", "XMPP001.md")).ReplaceLineEndings("\n");

    [Fact]
    public async Task The_preferred_fix_of_the_rule_pages_planned_move_is_as_approved() => Approvals.Verify(await FixedExampleAsync());

    [Fact]
    public async Task The_rule_page_and_the_readme_show_the_code_the_fix_writes()
    {
        var corrected = CodeBlockAfter(RulePage, "Corrected by the preferred fix");
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");

        Assert.Contains(corrected, await FixedExampleAsync(), StringComparison.Ordinal);
        Assert.Equal(corrected, CodeBlockAfter(readme, "The preferred fix of a planned move cancels it"));
    }

    // The page's example, compiled as a class, fixed with the first action of its one XMPP001 diagnostic.
    private static async Task<string> FixedExampleAsync()
    {
        var example = CodeBlockAfter(RulePage, "## Example");
        var indented = string.Concat(example.Split('\n').Select(line => line.Length == 0 ? "\n" : "    " + line + "\n"));
        var (project, diagnostics) = await OfferedFixes.AnalyzeAsync($"static class Contoso\n{{\n{indented}}}\n");
        var diagnostic = Assert.Single(diagnostics, d => d.Id == "XMPP001");
        var document = project.GetDocument(diagnostic.Location.SourceTree)!;
        var preferred = (await OfferedFixes.ActionsAsync(new UserXmppFixProvider(), document, diagnostic))[0];
        var applied = (await preferred.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        var text = (await applied.ChangedSolution.GetDocument(document.Id)!.GetTextAsync()).ToString();
        var body = text[(text.IndexOf("{\n", StringComparison.Ordinal) + 2)..text.LastIndexOf('}')];
        return string.Concat(body.Split('\n').Select(line => line.StartsWith("    ", StringComparison.Ordinal) ? line[4..] + "\n" : line + "\n")).TrimEnd('\n') + "\n";
    }

    private static string CodeBlockAfter(string markdown, string heading)
    {
        var at = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no '{heading}'");
        var start = markdown.IndexOf("```csharp\n", at, StringComparison.Ordinal) + "```csharp\n".Length;
        return markdown[start..markdown.IndexOf("```\n", start, StringComparison.Ordinal)];
    }
}
