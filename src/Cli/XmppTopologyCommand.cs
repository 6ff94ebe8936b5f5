using System.CommandLine;
using System.IO;

namespace XmppTopology.Cli;

/// <summary>The xmpp-topology command line: its commands and their exit codes (0 success, 2 could not do it).</summary>
internal static class XmppTopologyCommand
{
    public const int Success = 0;
    public const int Failure = 2;

    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Checks Skype for Business coexistence topologies written with the XmppTopology DSL.");
        root.Subcommands.Add(ImportCommand.Create(output, error));
        return root;
    }
}
