using System;
using System.IO;
using System.Linq;

namespace XmppTopology.Cli.Analysis;

/// <summary>What the user named: a project or solution file, or a folder that holds exactly one of them.</summary>
internal static class TargetPath
{
    private static readonly string[] SolutionExtensions = [".sln", ".slnx"];

    public static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            if (IsSolution(full) || IsProject(full))
            {
                return full;
            }

            throw new CliException($"'{path}' is neither a C# project (.csproj) nor a solution (.sln, .slnx)");
        }

        if (!Directory.Exists(full))
        {
            throw new CliException($"'{path}' does not exist");
        }

        // A folder: its solution if it has one, else its project, as `dotnet build` picks.
        var files = Directory.EnumerateFiles(full).Order(StringComparer.Ordinal).ToList();
        var solutions = files.Where(IsSolution).ToList();
        var projects = files.Where(IsProject).ToList();
        var candidates = solutions.Count > 0 ? solutions : projects;
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new CliException($"'{path}' holds no C# project or solution"),
            _ => throw new CliException($"'{path}' holds several {(solutions.Count > 0 ? "solutions" : "projects")} ({string.Join(", ", candidates.Select(Path.GetFileName))}): name one"),
        };
    }

    public static bool IsSolution(string file) => SolutionExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);

    private static bool IsProject(string file) => string.Equals(Path.GetExtension(file), ".csproj", StringComparison.OrdinalIgnoreCase);
}
