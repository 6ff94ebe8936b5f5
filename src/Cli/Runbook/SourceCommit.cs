using System;
using System.ComponentModel;
using XmppTopology.Cli.Analysis;

namespace XmppTopology.Cli.Runbook;

/// <summary>Which commit a project is at, as a runbook's header says it.</summary>
internal static class SourceCommit
{
    public static string Describe(string projectFolder)
    {
        try
        {
            var (exitCode, head, _) = Git.Run(projectFolder, "rev-parse", "HEAD");
            if (exitCode != 0)
            {
                return "not in a git repository";
            }

            var (_, status, _) = Git.Run(projectFolder, "status", "--porcelain", "--", ".");
            return $"commit {head.Trim()}{(status.Trim().Length > 0 ? " with uncommitted changes in the project's folder" : "")}";
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException)
        {
            return "not known (git is not installed)";
        }
    }
}
