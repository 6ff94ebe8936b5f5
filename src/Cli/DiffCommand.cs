using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using XmppTopology.Cli.Analysis;
using XmppTopology.Cli.Diff;
using XmppTopology.Cli.Import;
using XmppTopology.Cli.Runtime;

namespace XmppTopology.Cli;

/// <summary>
/// <c>xmpp-topology diff &lt;project&gt; &lt;topology file&gt; [users.csv]</c>: where the code
/// and the deployment disagree, each difference with both sides and where they are stated.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var target = new Argument<string>("project") { Description = "The topology's C# project (.csproj), or a folder that holds it. It must be restored (dotnet restore)." };
        var topologyFile = new Argument<FileInfo>("topology-file") { Description = "The deployment: a Topology Builder file (.tbxml) or a published topology (Get-CsTopology -AsXml)." };
        var usersFile = new Argument<FileInfo?>("users.csv") { Description = "Optional: Get-CsUser | Select-Object SipAddress,RegistrarPool,ExternalAccessPolicy,Enabled | Export-Csv (the import's export; SipAddress and RegistrarPool are enough), to compare where users are homed.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format", "-f") { HelpName = "text|json", Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var method = new Option<string?>("--topology") { HelpName = "Type.Method", Description = "The static method that returns the topology, when the project has several." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on standard error." };
        var command = new Command("diff", "Compares the code's topology with the deployment: pools (FQDN, role, version, machines, site), the Edge settings (XMPP proxy, federation, a Front End pool's associated Edge) and, with a Get-CsUser export, where users are homed; what the file does not say is listed as not compared. Exit code 0: the same; 1: differences; 2: could not compare.")
        {
            target, topologyFile, usersFile, format, method, quiet,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(target)!, parse.GetValue(topologyFile)!, parse.GetValue(usersFile), parse.GetValue(format)!, parse.GetValue(method), parse.GetValue(quiet), output, error, cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(string target, FileInfo topologyFile, FileInfo? usersFile, string format, string? method, bool quiet, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        XmppTopologyCommand.GuardAsync("diff", error, async () =>
        {
            var progress = new ProgressLog(error, quiet);
            var path = TargetPath.Resolve(target);
            var root = ReportRoot.For(path);

            // The deployment first: a file that cannot be read should fail before the slow part.
            ImportedTopology deployment;
            DeploymentLines deploymentLines;
            try
            {
                using (var stream = topologyFile.OpenRead())
                {
                    deployment = TopologyFileReader.Read(stream);
                }

                deploymentLines = DeploymentLines.Read(topologyFile.FullName, Shown(root, topologyFile.FullName));
            }
            catch (TopologyFileException exception)
            {
                throw new CliException($"{topologyFile.Name}: {exception.Message}", exception);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new CliException(exception.Message, exception);
            }

            var users = usersFile is null ? null : ReadUsers(usersFile);
            using var loaded = await ProjectLoader.LoadAsync(path, progress, cancellationToken).ConfigureAwait(false);
            var projects = loaded.Projects.GroupBy(p => p.FilePath, StringComparer.OrdinalIgnoreCase).ToList();
            if (projects.Count != 1)
            {
                throw new CliException($"the diff compares one project; this solution has {projects.Count} ({string.Join(", ", projects.Select(g => Path.GetFileName(g.Key)))}): name one");
            }

            var project = projects[0].First();
            var (topology, topologyMethod) = await RuntimeTopology.BuildAsync(project, method, cancellationToken).ConfigureAwait(false);
            var codeLines = await CodeLocations.FindAsync(project, root, topologyMethod.TypeMetadataName, cancellationToken).ConfigureAwait(false);
            var result = TopologyDiff.Compare(topology, deployment, users, codeLines, deploymentLines, usersFile is null ? null : new SourceLine(Shown(root, usersFile.FullName), 0));
            progress.Report($"  compared {topologyMethod.DisplayName} with {topologyFile.Name}{(usersFile is null ? "" : " and " + usersFile.Name)}: {DiffReport.Summary(result)}");

            if (format == "json")
            {
                DiffReport.WriteJson(output, result);
            }
            else
            {
                DiffReport.WriteText(output, result);
            }

            return result.Differences.Count > 0 ? XmppTopologyCommand.Findings : XmppTopologyCommand.Success;
        });

    // The importer's reader, and its messages: "users.csv: line 4: ...".
    private static IReadOnlyList<ExportedUser> ReadUsers(FileInfo file)
    {
        try
        {
            using var stream = file.OpenRead();
            return UserExport.ReadRows(stream);
        }
        catch (CsvFileException exception)
        {
            throw new CliException($"{file.Name}: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException(exception.Message, exception);
        }
    }

    // Inside the repository, relative to its root like the code's paths; elsewhere, as given.
    private static string Shown(string root, string file)
    {
        var relative = ReportRoot.RelativePath(root, file);
        return relative.StartsWith("../", StringComparison.Ordinal) ? file : relative;
    }
}
