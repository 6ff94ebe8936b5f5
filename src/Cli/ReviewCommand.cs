using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using XmppTopology.Cli.Analysis;
using XmppTopology.Cli.Reports;
using XmppTopology.Cli.Review;

namespace XmppTopology.Cli;

/// <summary>
/// <c>xmpp-topology review &lt;project|solution&gt;</c>: each finding with its preferred fix, as a
/// patch (fixes.patch), a pull request review in Markdown (review.md), a SARIF log with fixes
/// (review.sarif) and the request body of a GitHub review whose comments carry the fixes as
/// suggestions (github-review.json).
/// </summary>
internal static class ReviewCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly string[] Written = ["fixes.patch", "review.md", "review.sarif", "github-review.json"];

    private static readonly string WrittenList = $"{string.Join(", ", Written[..^1])} and {Written[^1]}";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var target = new Argument<string>("project|solution") { Description = "A C# project (.csproj), a solution (.sln, .slnx), or a folder that holds one. It must be restored (dotnet restore)." };
        var baseRef = new Option<string?>("--base") { HelpName = "git-ref", Description = "A git ref (the pull request's base branch or commit): review only findings on lines changed since it." };
        var outFolder = new Option<DirectoryInfo>("--out", "-o") { HelpName = "dir", Description = $"The folder to write {WrittenList} to (created if needed).", DefaultValueFactory = _ => new DirectoryInfo("xmpp-topology-review") };
        var force = new Option<bool>("--force") { Description = $"Replace {WrittenList} if --out already holds them (without it, such a folder is refused and nothing is written)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on standard error." };
        var command = new Command("review", "Computes the preferred fix of each finding and writes fixes.patch (git apply), review.md (GitHub suggestions), review.sarif (SARIF 2.1.0 with fixes) and github-review.json (a GitHub pull request review whose comments carry the fixes as suggestions). Prints the folder's path. Exit code 0: no error-severity finding reviewed; 1: findings at error severity; 2: could not review.")
        {
            target, baseRef, outFolder, force, quiet,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(target)!, parse.GetValue(baseRef), parse.GetValue(outFolder)!, parse.GetValue(force), parse.GetValue(quiet), output, error, cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(string target, string? baseRef, DirectoryInfo outFolder, bool force, bool quiet, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        XmppTopologyCommand.GuardAsync("review", error, async () =>
        {
            var progress = new ProgressLog(error, quiet);
            var path = TargetPath.Resolve(target);
            RefuseToReplace(outFolder, force);
            var root = ReportRoot.For(path);

            // Asking git first: a wrong --base should fail before the slow part.
            var changed = baseRef is null ? null : ChangedLines.Since(root, baseRef);
            using var loaded = await ProjectLoader.LoadAsync(path, progress, cancellationToken).ConfigureAwait(false);
            var analysis = await TopologyAnalysis.RunAsync(loaded.Projects, root, progress, cancellationToken).ConfigureAwait(false);
            var onChangedLines = analysis.Findings.ToLookup(f => changed is null || changed.Touches(f.Path, f.StartLine, f.EndLine));
            var findings = onChangedLines[true].ToList();
            var outside = onChangedLines[false].ToList(); // only the GitHub review's summary lists them
            if (changed is not null)
            {
                progress.Report($"  {findings.Count} of {analysis.Findings.Count} finding(s) on lines changed since {baseRef}");
            }

            var proposals = new List<(Finding, FixProposal?, bool)>();
            foreach (var finding in findings)
            {
                // A finding in generated code (no document) has nothing to edit.
                var plugins = finding.Document is { } document ? analysis.Plugins[document.Project.Id] : null;
                var fix = plugins is null ? null : await PreferredFix.ComputeAsync(finding, plugins, root, cancellationToken).ConfigureAwait(false);
                proposals.Add((finding, fix, plugins?.FixersFor(finding.Id).Any() ?? false));
            }

            var fixes = FixSet.Merge(proposals);
            Write(outFolder, "fixes.patch", UnifiedDiff.Create(fixes.Documents));
            Write(outFolder, "review.md", ReviewMarkdown.Write(fixes.Items, baseRef));
            using (var sarif = new MemoryStream())
            {
                SarifLog.Write(sarif, analysis, fixes.Items);
                Write(outFolder, "review.sarif", Utf8.GetString(sarif.ToArray()));
            }

            Write(outFolder, "github-review.json", GitHubReviewWriter.Create(fixes.Items, outside, changed, baseRef).ToJson());

            var fixable = fixes.Items.Count(i => i.Fix is not null);
            var left = fixes.Items.Count(i => i.Fix is not null && !i.InPatch);
            progress.Report($"{findings.Count} finding(s), {fixable} with a fix{(left > 0 ? $" ({left} overlapping an earlier fix, left out of the patch)" : "")}: wrote {WrittenList}");
            output.WriteLine(outFolder.FullName);
            return findings.Any(f => f.Severity == "error") ? XmppTopologyCommand.Findings : XmppTopologyCommand.Success;
        });

    // An earlier review is someone's work (perhaps edited, perhaps posted): replaced only when asked.
    private static void RefuseToReplace(DirectoryInfo folder, bool force)
    {
        if (File.Exists(folder.FullName))
        {
            throw new CliException($"--out '{folder.FullName}' is a file; name a folder for {WrittenList}");
        }

        var existing = Written.Where(name => File.Exists(Path.Combine(folder.FullName, name))).ToList();
        if (existing.Count > 0 && !force)
        {
            throw new CliException($"'{folder.FullName}' already holds {string.Join(", ", existing)}: pass --force to replace them, or name another --out folder");
        }
    }

    private static void Write(DirectoryInfo folder, string name, string content)
    {
        try
        {
            folder.Create();
            File.WriteAllText(Path.Combine(folder.FullName, name), content, Utf8);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {Path.Combine(folder.FullName, name)}: {exception.Message}", exception);
        }
    }
}
