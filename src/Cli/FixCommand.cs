using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using XmppTopology.Cli.Analysis;
using XmppTopology.Cli.Fix;
using XmppTopology.Cli.Review;

namespace XmppTopology.Cli;

/// <summary>
/// <c>xmpp-topology fix &lt;project|solution&gt;</c>: applies each finding's preferred fix in
/// place, analyses again and repeats, and says what it changed; <c>--dry-run</c> prints the patch.
/// </summary>
internal static class FixCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var target = new Argument<string>("project|solution") { Description = "A C# project (.csproj), a solution (.sln, .slnx), or a folder that holds one. It must be restored (dotnet restore)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Change no file: print the changes as a unified diff (git apply takes it at the repository root)." };
        var diagnostics = new Option<string[]>("--diagnostics") { HelpName = "ID", Description = "Fix only these rules (default: every rule); the exit code counts only them.", AllowMultipleArgumentsPerToken = true };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on standard error." };
        var command = new Command("fix", $"Applies each finding's preferred fix (the one dotnet format and the top of the lightbulb apply) to the project's own files, analyses again and repeats, at most {FixPasses.MaxPasses} passes; a pass that breaks the build is rolled back. Prints what it changed per file. Exit code 0: no error-severity finding left; 1: error-severity findings left; 2: could not fix (nothing written).")
        {
            target, dryRun, diagnostics, quiet,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var rules = parse.GetValue(diagnostics) is { Length: > 0 } ids ? ids.ToHashSet(StringComparer.Ordinal) : null;
            return RunAsync(parse.GetValue(target)!, parse.GetValue(dryRun), rules, parse.GetValue(quiet), output, error, cancellationToken);
        });
        return command;
    }

    private static Task<int> RunAsync(string target, bool dryRun, IReadOnlySet<string>? rules, bool quiet, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        XmppTopologyCommand.GuardAsync("fix", error, async () =>
        {
            var progress = new ProgressLog(error, quiet);
            var path = TargetPath.Resolve(target);
            using var loaded = await ProjectLoader.LoadAsync(path, progress, cancellationToken).ConfigureAwait(false);
            var outcome = await FixPasses.RunAsync(loaded, ReportRoot.For(path), rules, progress, cancellationToken).ConfigureAwait(false);

            if (dryRun)
            {
                output.Write(UnifiedDiff.Create(outcome.Files.Select(FixPasses.AsEdit)));
                var summary = new StringWriter();
                FixReport.Write(summary, outcome, written: false);
                progress.Report(summary.ToString().TrimEnd());
            }
            else
            {
                FileReplacer.ReplaceAll(outcome.Files);
                FixReport.Write(output, outcome, written: true);
            }

            return outcome.Left.Any(l => l.Finding.Severity == "error") ? XmppTopologyCommand.Findings : XmppTopologyCommand.Success;
        });
}
