extern alias Dsl;

using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using XmppTopology.Cli.Analysis;
using XmppTopology.Cli.Reports;
using XmppTopology.Cli.Runbook;
using XmppTopology.Cli.Runtime;
using MigrationRunbook = Dsl::XmppTopology.MigrationRunbook;
using RunbookRefusedException = Dsl::XmppTopology.RunbookRefusedException;

namespace XmppTopology.Cli;

/// <summary>
/// <c>xmpp-topology runbook &lt;project&gt;</c>: the PowerShell that carries out a checked plan
/// (runbook.ps1) and its rollback (rollback.ps1); refused while the plan has error-severity
/// findings or values the compiler cannot know.
/// </summary>
internal static class RunbookCommand
{
    // Windows PowerShell 5.1 reads a script without a byte-order mark in the system's code page.
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var target = new Argument<string>("project") { Description = "The topology's C# project (.csproj), or a folder that holds it. It must be restored (dotnet restore)." };
        var outFolder = new Option<DirectoryInfo>("--out", "-o") { HelpName = "dir", Description = "The folder to write runbook.ps1 and rollback.ps1 to (created if needed).", DefaultValueFactory = _ => new DirectoryInfo("xmpp-topology-runbook") };
        var apply = new Option<bool>("--apply") { Description = "Write the changing cmdlets without -WhatIf, so the scripts make the changes. Without it they are dry runs." };
        var method = new Option<string?>("--topology") { HelpName = "Type.Method", Description = "The static method that returns the topology, when the project has several." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on standard error." };
        var command = new Command("runbook", "Writes runbook.ps1, the Skype for Business Server Management Shell commands that carry out the plan in a safe order (policy grants, moves by target pool, XMPP partners, then the decommissioning steps), and rollback.ps1, which moves every moved user back. Prints the folder's path. Exit code 0: written; 1: refused, the plan has error-severity findings or values not known at compile time (TOPO005), listed on standard output; 2: could not do it.")
        {
            target, outFolder, apply, method, quiet,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(target)!, parse.GetValue(outFolder)!, parse.GetValue(apply), parse.GetValue(method), parse.GetValue(quiet), output, error, cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(string target, DirectoryInfo outFolder, bool apply, string? method, bool quiet, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        XmppTopologyCommand.GuardAsync("runbook", error, async () =>
        {
            var progress = new ProgressLog(error, quiet);
            var path = TargetPath.Resolve(target);
            var root = ReportRoot.For(path);
            using var loaded = await ProjectLoader.LoadAsync(path, progress, cancellationToken).ConfigureAwait(false);
            var analysis = await TopologyAnalysis.RunAsync(loaded.Projects, root, progress, cancellationToken).ConfigureAwait(false);
            var project = TopologyProject(loaded.Projects.Where(p => analysis.Plugins.ContainsKey(p.Id)));

            // A runbook never carries out a plan the rules reject, nor one whose values the analyzer could not check.
            var blocking = analysis.Findings.Where(f => f.Severity == "error" || f.Id == "TOPO005").ToList();
            if (blocking.Count > 0)
            {
                TextReport.Write(output, blocking);
                var unknown = blocking.Count(f => f.Id == "TOPO005");
                error.WriteLine($"xmpp-topology runbook: refused: {blocking.Count - unknown} error-severity finding(s) and {unknown} value(s) not known at compile time (TOPO005); nothing written");
                return XmppTopologyCommand.Findings;
            }

            var (topology, topologyMethod) = await RuntimeTopology.BuildAsync(project, method, cancellationToken).ConfigureAwait(false);
            progress.Report($"  ran {topologyMethod.DisplayName}: {topology.Pools.Count} pool(s), {topology.Users.Count} user(s)");
            MigrationRunbook runbook;
            try
            {
                runbook = topology.Runbook();
            }
            catch (RunbookRefusedException refused)
            {
                foreach (var line in refused.Findings.Select(f => f.ToString()).Concat(refused.Reasons))
                {
                    output.WriteLine(line);
                }

                error.WriteLine("xmpp-topology runbook: refused by the runtime check of the plan; nothing written");
                return XmppTopologyCommand.Findings;
            }

            var source = new RunbookSource(ReportRoot.RelativePath(root, project.FilePath!), topologyMethod.DisplayName, SourceCommit.Describe(Path.GetDirectoryName(project.FilePath!)!), apply);
            WriteAll(outFolder, new Dictionary<string, string>
            {
                ["runbook.ps1"] = RunbookScript.Write(runbook, source, topology.Pools),
                ["rollback.ps1"] = RollbackScript.Write(runbook, source),
            });
            progress.Report($"{runbook.Steps.Count} step(s) ({runbook.Moves.Count} move(s)){(apply ? "" : ", a dry run (-WhatIf)")}: wrote runbook.ps1 and rollback.ps1");
            output.WriteLine(outFolder.FullName);
            return XmppTopologyCommand.Success;
        });

    // One project's topology: a solution with several topology projects must name one.
    private static Project TopologyProject(IEnumerable<Project> analysed)
    {
        var byFile = analysed.GroupBy(p => p.FilePath, StringComparer.OrdinalIgnoreCase).ToList();
        return byFile.Count == 1
            ? byFile[0].First()
            : throw new CliException($"the runbook is made for one project; this solution has {byFile.Count} that reference the XmppTopology analyzer ({string.Join(", ", byFile.Select(g => Path.GetFileName(g.Key)))}): name one");
    }

    // Each file whole: all are written beside their targets first, then renamed.
    private static void WriteAll(DirectoryInfo folder, IReadOnlyDictionary<string, string> files)
    {
        folder.Create();
        var written = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var (name, content) in files)
            {
                var temporary = Path.Combine(folder.FullName, $".{name}.{Guid.NewGuid():N}.tmp");
                written.Add((temporary, Path.Combine(folder.FullName, name)));
                File.WriteAllText(temporary, content, Utf8WithBom);
            }

            foreach (var (temporary, destination) in written)
            {
                File.Move(temporary, destination, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temporary, _) in written)
            {
                File.Delete(temporary);
            }
        }
    }
}
