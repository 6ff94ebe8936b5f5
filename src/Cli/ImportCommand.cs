using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using XmppTopology.Cli.Import;

namespace XmppTopology.Cli;

/// <summary>
/// <c>xmpp-topology import &lt;file&gt; [--users &lt;csv&gt;] [--policies &lt;csv&gt;] [--partners &lt;csv&gt;] [-o &lt;file|folder&gt;]</c>:
/// a Topology Builder file, and the cmdlets' exports beside it, as DSL code.
/// </summary>
internal static class ImportCommand
{
    private static readonly Regex Identifier = new(@"^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "A Topology Builder file (.tbxml) or a published topology (Get-CsTopology -AsXml)." };
        var users = new Option<FileInfo?>("--users") { Description = "Get-CsUser | Select-Object SipAddress,RegistrarPool,ExternalAccessPolicy,Enabled | Export-Csv: the users, in files of 1,000 (needs -o <folder>)." };
        var policies = new Option<FileInfo?>("--policies") { Description = "Get-CsExternalAccessPolicy | Export-Csv: the external access policies (Identity, EnableXmppAccess)." };
        var partners = new Option<FileInfo?>("--partners") { Description = "Get-CsXmppAllowedPartner | Export-Csv: the XMPP partners (Identity, PartnerType, TlsNegotiation, SaslNegotiation, SupportDialbackNegotiation)." };
        var outputPath = new Option<string?>("--output", "-o") { Description = "A folder for the topology and users files, or, with a topology file alone, the C# file to write (default: standard output)." };
        var force = new Option<bool>("--force") { Description = "Overwrite files that exist (without it, an existing file is refused and nothing is written)." };
        var namespaceName = new Option<string?>("--namespace") { Description = "The namespace of the generated code (default: <Domain>.Deployment)." };
        var className = new Option<string?>("--class") { Description = "The static class that holds the topology (default: <Domain>Topology)." };
        var command = new Command("import", "Turns a Topology Builder file, and the cmdlets' exports of users, policies and XMPP partners, into XmppTopology DSL code.")
        {
            file, users, policies, partners, outputPath, force, namespaceName, className,
        };
        command.SetAction(parse => Run(
            new Request(parse.GetValue(file)!, parse.GetValue(users), parse.GetValue(policies), parse.GetValue(partners), parse.GetValue(outputPath), parse.GetValue(force), parse.GetValue(namespaceName), parse.GetValue(className)),
            output,
            error));
        return command;
    }

    private static int Run(Request request, TextWriter output, TextWriter error)
    {
        if (request.Namespace is not null && !request.Namespace.Split('.').All(Identifier.IsMatch))
        {
            return Fail(error, $"--namespace '{request.Namespace}' is not a C# namespace name");
        }

        if (request.Class is not null && !Identifier.IsMatch(request.Class))
        {
            return Fail(error, $"--class '{request.Class}' is not a C# class name");
        }

        var exports = new[] { request.Users, request.Policies, request.Partners }.OfType<FileInfo>().ToList();
        var folder = request.Output is { } path && (exports.Count > 0 || Directory.Exists(path) || Path.EndsInDirectorySeparator(path)) ? path : null;
        if (exports.Count > 0 && folder is null)
        {
            return Fail(error, "--users, --policies and --partners write several files: name a folder with -o <folder>");
        }

        if (folder is not null && File.Exists(folder))
        {
            return Fail(error, $"-o '{folder}' is a file; the import writes a topology file and users files into a folder");
        }

        var current = request.File;
        try
        {
            ImportedDeployment deployment;
            using (var stream = current.OpenRead())
            {
                deployment = new ImportedDeployment(TopologyFileReader.Read(stream), current.Name);
            }

            deployment = deployment with
            {
                Users = Read(current = request.Users, stream => UserExport.Read(stream, request.Users!.Name)),
                Policies = Read(current = request.Policies, PolicyExport.Read) ?? [],
                Partners = Read(current = request.Partners, PartnerExport.Read) ?? [],
                ExportSources = exports.Select(f => f.Name).ToList(),
            };
            current = request.File;

            var files = DslWriter.Write(deployment, request.Namespace, request.Class);
            if (request.Output is null)
            {
                output.Write(files[0].Code);
                return XmppTopologyCommand.Success;
            }

            var targets = folder is null
                ? [(request.Output, files[0].Code)]
                : files.Select(f => (Path.Combine(folder, f.FileName), f.Code)).ToList();
            OutputFiles.Write(targets, request.Force);
            error.WriteLine(Summary(deployment, files.Count, folder is null ? Path.GetFullPath(request.Output) : Path.GetFullPath(folder)));
            return XmppTopologyCommand.Success;
        }
        catch (Exception exception) when (exception is TopologyFileException or CsvFileException)
        {
            return Fail(error, $"{current!.Name}: {exception.Message}");
        }
        catch (CliException exception)
        {
            return Fail(error, exception.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail(error, exception.Message);
        }
    }

    private static T? Read<T>(FileInfo? file, Func<Stream, T> read)
        where T : class
    {
        if (file is null)
        {
            return null;
        }

        using var stream = file.OpenRead();
        return read(stream);
    }

    private static string Summary(ImportedDeployment deployment, int files, string target)
    {
        var topology = deployment.Topology;
        var parts = new List<string> { $"{topology.Sites.Count} central site(s) and {topology.Sites.Sum(s => TopologyMapper.AllPools(s).Count(p => !p.IsLync2010))} pool(s)" };
        if (deployment.Users is { } users)
        {
            parts.Add($"{users.Users.Count} user(s)");
        }

        if (deployment.Policies.Count > 0)
        {
            parts.Add($"{deployment.Policies.Count} external access polic(ies)");
        }

        if (deployment.Partners.Count > 0)
        {
            parts.Add($"{deployment.Partners.Count} XMPP partner(s)");
        }

        var header = topology.NotImported.Count + topology.Notes.Count;
        return $"Imported {string.Join(", ", parts)} from {string.Join(", ", new[] { deployment.TopologySource }.Concat(deployment.ExportSources))} into {target} ({files} file(s)); "
            + $"{header} line(s) on what was not imported are in its header.";
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("xmpp-topology import: " + message);
        return XmppTopologyCommand.Failure;
    }

    private sealed record Request(FileInfo File, FileInfo? Users, FileInfo? Policies, FileInfo? Partners, string? Output, bool Force, string? Namespace, string? Class);
}
