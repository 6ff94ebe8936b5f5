using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using XmppTopology.Cli.Analysis;
using XmppTopology.Cli.Reports;

namespace XmppTopology.Cli;

/// <summary><c>xmpp-topology check &lt;project|solution&gt;</c>: the topology rules' findings, as text, JSON or SARIF.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var target = new Argument<string>("project|solution") { Description = "A C# project (.csproj), a solution (.sln, .slnx), or a folder that holds one. It must be restored (dotnet restore)." };
        var format = new Option<string>("--format", "-f") { HelpName = "text|json|sarif", Description = "text (grouped by file), json or sarif (SARIF 2.1.0).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on standard error." };
        var command = new Command("check", "Loads the project or solution as dotnet build does and reports the XmppTopology rules' findings. Exit code 0: no error-severity finding; 1: findings at error severity; 2: could not check (the reason on standard error).")
        {
            target, format, quiet,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(target)!, parse.GetValue(format)!, parse.GetValue(quiet), output, error, cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(string target, string format, bool quiet, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        XmppTopologyCommand.GuardAsync("check", error, async () =>
        {
            var progress = new ProgressLog(error, quiet);
            var path = TargetPath.Resolve(target);
            using var loaded = await ProjectLoader.LoadAsync(path, progress, cancellationToken).ConfigureAwait(false);
            var analysis = await TopologyAnalysis.RunAsync(loaded.Projects, ReportRoot.For(path), progress, cancellationToken).ConfigureAwait(false);
            progress.Report(TextReport.Summary(analysis.Findings));

            switch (format)
            {
                case "json":
                    WriteBytes(output, stream => JsonReport.Write(stream, analysis.Findings));
                    break;
                case "sarif":
                    WriteBytes(output, stream => SarifLog.Write(stream, analysis, fixes: null));
                    break;
                default:
                    TextReport.Write(output, analysis.Findings);
                    break;
            }

            return analysis.Findings.Any(f => f.Severity == "error") ? XmppTopologyCommand.Findings : XmppTopologyCommand.Success;
        });

    // JSON is written as UTF-8 bytes; the command's output is a TextWriter (the console, or a test's StringWriter).
    private static void WriteBytes(TextWriter output, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Flush();
    }
}
