using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using XmppTopology.Cli.Analysis;

namespace XmppTopology.Cli.Fix;

/// <summary>
/// The documents a fix may edit: those of the analysed projects that live in the project's own
/// folder, outside its build output (obj/ and bin/ hold generated files that the next build
/// writes again). A file linked in from elsewhere, another project's file or a referenced
/// project's file is left alone. By path relative to the report's root: a project with several
/// target frameworks has one document per framework for each file, and all of them change.
/// </summary>
internal sealed class OwnDocuments
{
    private readonly Dictionary<string, List<DocumentId>> byPath;

    private OwnDocuments(Dictionary<string, List<DocumentId>> byPath)
    {
        this.byPath = byPath;
    }

    public static OwnDocuments Of(IEnumerable<Project> projects, string root)
    {
        var byPath = new Dictionary<string, List<DocumentId>>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            if (project.FilePath is not { } projectFile)
            {
                continue;
            }

            var folder = Folder(projectFile);
            var output = new[] { project.OutputFilePath, project.CompilationOutputInfo.AssemblyPath }
                .OfType<string>()
                .Select(Folder)
                .ToList();
            foreach (var document in project.Documents)
            {
                if (document.FilePath is { } path && IsUnder(path, folder) && !output.Any(o => IsUnder(path, o)))
                {
                    var relative = ReportRoot.RelativePath(root, path);
                    if (!byPath.TryGetValue(relative, out var ids))
                    {
                        byPath[relative] = ids = [];
                    }

                    ids.Add(document.Id);
                }
            }
        }

        return new OwnDocuments(byPath);
    }

    public bool Contains(string path) => byPath.ContainsKey(path);

    /// <summary>Every document of the file (one per target framework).</summary>
    public IReadOnlyList<DocumentId> Of(string path) => byPath[path];

    public IEnumerable<string> Paths => byPath.Keys;

    private static string Folder(string file) => Path.GetDirectoryName(Path.GetFullPath(file))! + Path.DirectorySeparatorChar;

    private static bool IsUnder(string file, string folder) =>
        Path.GetFullPath(file).StartsWith(folder, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
