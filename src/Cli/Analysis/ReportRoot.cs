using System;
using System.IO;

namespace XmppTopology.Cli.Analysis;

/// <summary>
/// The folder that report paths are relative to: the git work tree that holds the project (so
/// paths match the pull request and `git apply` at the repository root), else the project's folder.
/// </summary>
internal static class ReportRoot
{
    public static string For(string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        return GitTopLevel(folder) ?? folder;
    }

    public static string RelativePath(string root, string file) =>
        Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');

    private static string? GitTopLevel(string folder)
    {
        try
        {
            var (exitCode, output, _) = Git.Run(folder, "rev-parse", "--show-toplevel");
            return exitCode == 0 && output.Trim() is { Length: > 0 } top ? Path.GetFullPath(top) : null;
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null; // no git on this machine: paths relative to the project's folder
        }
    }
}
