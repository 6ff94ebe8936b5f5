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
/// patch (fixes.patch), a pull request review in Markdown (review.md) and a SARIF log with fixes
/// (review.sarif).
/// </summary>
internal static class ReviewCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly string[] Written = ["fixes.patch", "review.md", "review.sarif"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var target = new Argument<string>("project|solution") { Description = "A C# project (.csproj), a solution (.sln, .slnx), or a folder that holds one. It must be restored (dotnet restore)." };
        var baseRef = new Option<string?>("--base") { HelpName = "git-ref", Description = "A git ref (the pull request's base branch or commit): review only findings on lines changed since it." };
        var outFolder = new Option<DirectoryInfo>("--out", "-o") { HelpName = "dir", Description = "The folder to write fixes.patch, review.md and review.sarif to (created if needed).", DefaultValueFactory = _ => new DirectoryInfo("xmpp-topology-review") };
        var force = new Option<bool>("--force") { Description = "Replace fixes.patch, review.md and review.sarif if --out already holds them (without it, such a folder is refused and nothing is written)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on standard error." };
        var command = new Command("review", "Computes the preferred fix of each finding and writes fixes.patch (git apply), review.md (GitHub suggestions) and review.sarif (SARIF 2.1.0 with fixes). Prints the folder's path. Exit code 0: no error-severity finding reviewed; 1: findings at error severity; 2: could not review.")
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
            var findings = analysis.Findings.Where(f => changed is null || changed.Touches(f.Path, f.StartLine, f.EndLine)).ToList();
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

            var fixable = fixes.Items.Count(i => i.Fix is not null);
            var left = fixes.Items.Count(i => i.Fix is not null && !i.InPatch);
            progress.Report($"{findings.Count} finding(s), {fixable} with a fix{(left > 0 ? $" ({left} overlapping an earlier fix, left out of the patch)" : "")}: wrote fixes.patch, review.md and review.sarif");
            output.WriteLine(outFolder.FullName);
            return findings.Any(f => f.Severity == "error") ? XmppTopologyCommand.Findings : XmppTopologyCommand.Success;
        });

    // An earlier review is someone's work (perhaps edited, perhaps posted): replaced only when asked.
    private static void RefuseToReplace(DirectoryInfo folder, bool force)
    {
        if (File.Exists(folder.FullName))
        {
            throw new CliException($"--out '{folder.FullName}' is a file; name a folder for fixes.patch, review.md and review.sarif");
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
