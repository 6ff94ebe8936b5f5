using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using XmppTopology.Cli.Import;

namespace XmppTopology.Cli;

/// <summary><c>xmpp-topology import &lt;file&gt;</c>: a Topology Builder file as DSL code.</summary>
internal static class ImportCommand
{
    private static readonly Regex Identifier = new(@"^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "A Topology Builder file (.tbxml) or a published topology (Get-CsTopology -AsXml)." };
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "The C# file to write (default: standard output). Written whole or not at all." };
        var namespaceName = new Option<string?>("--namespace") { Description = "The namespace of the generated code (default: <Domain>.Deployment)." };
        var className = new Option<string?>("--class") { Description = "The static class that holds the topology (default: <Domain>Topology)." };
        var command = new Command("import", "Turns a Topology Builder file into XmppTopology DSL code to start from the real deployment.")
        {
            file, outputFile, namespaceName, className,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(outputFile), parse.GetValue(namespaceName), parse.GetValue(className), output, error));
        return command;
    }

    private static int Run(FileInfo file, FileInfo? outputFile, string? namespaceName, string? className, TextWriter output, TextWriter error)
    {
        if (namespaceName is not null && !namespaceName.Split('.').All(Identifier.IsMatch))
        {
            return Fail(error, $"--namespace '{namespaceName}' is not a C# namespace name");
        }

        if (className is not null && !Identifier.IsMatch(className))
        {
            return Fail(error, $"--class '{className}' is not a C# class name");
        }

        try
        {
            ImportedTopology topology;
            using (var stream = file.OpenRead())
            {
                topology = TopologyFileReader.Read(stream);
            }

            var code = DslWriter.Write(topology, file.Name, namespaceName, className);
            if (outputFile is null)
            {
                output.Write(code);
                return XmppTopologyCommand.Success;
            }

            WriteWhole(outputFile, code);
            var pools = topology.Sites.Sum(CountPools);
            error.WriteLine($"Imported {topology.Sites.Count} central site(s) and {pools} pool(s) from {file.Name} into {outputFile.FullName}; {topology.NotImported.Count} item(s) not imported are listed in its header.");
            return XmppTopologyCommand.Success;
        }
        catch (TopologyFileException exception)
        {
            return Fail(error, $"{file.Name}: {exception.Message}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail(error, exception.Message);
        }
    }

    private static int CountPools(ImportedSite site) => site.Pools.Count + site.BranchSites.Sum(CountPools);

    // A temporary file beside the target, then a rename: the target is never half-written.
    private static void WriteWhole(FileInfo target, string code)
    {
        var temporary = Path.Combine(target.DirectoryName ?? ".", $".{target.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, code, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, target.FullName, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("xmpp-topology import: " + message);
        return XmppTopologyCommand.Failure;
    }
}
