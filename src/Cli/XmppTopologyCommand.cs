using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;

namespace XmppTopology.Cli;

/// <summary>The xmpp-topology command line: its commands and their exit codes (0 success, 1 error-severity findings, 2 could not do it).</summary>
internal static class XmppTopologyCommand
{
    public const int Success = 0;
    public const int Findings = 1;
    public const int Failure = 2;

    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Checks Skype for Business coexistence topologies written with the XmppTopology DSL.");
        root.Subcommands.Add(CheckCommand.Create(output, error));
        root.Subcommands.Add(ReviewCommand.Create(output, error));
        root.Subcommands.Add(ImportCommand.Create(output, error));
        root.Subcommands.Add(RunbookCommand.Create(output, error));
        root.Subcommands.Add(DiffCommand.Create(output, error));
        root.Subcommands.Add(FixCommand.Create(output, error));
        return root;
    }

    /// <summary>Parses and runs a command line: bad arguments exit with 2, like every failure to do the job; help and success with 0.</summary>
    public static async Task<int> RunAsync(string[] arguments, TextWriter output, TextWriter error)
    {
        var parse = Create(output, error).Parse(arguments);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine("xmpp-topology: " + parseError.Message);
            }

            error.WriteLine("Run 'xmpp-topology --help' for usage.");
            return Failure;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }).ConfigureAwait(false);
    }

    /// <summary>Runs a command so that whatever goes wrong ends as one line on standard error and exit code 2, never a stack trace.</summary>
    public static async Task<int> GuardAsync(string command, TextWriter error, Func<Task<int>> run)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (CliException exception)
        {
            error.WriteLine($"xmpp-topology {command}: {exception.Message}");
        }
        catch (OperationCanceledException)
        {
            error.WriteLine($"xmpp-topology {command}: cancelled");
        }
#pragma warning disable CA1031 // The one place that turns an unexpected failure into a one-line message instead of a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            error.WriteLine($"xmpp-topology {command}: unexpected {exception.GetType().Name}: {Analysis.ProjectLoader.OneLine(exception.Message)}");
        }

        return Failure;
    }
}
