using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace XmppTopology.Cli.Import;

/// <summary>
/// Writes the generated files without losing one: an existing file is refused unless forced (a
/// hand-written <c>Users.cs</c> is somebody's work), and each file is written to a temporary file
/// in its target folder first, then renamed over the target, so no target is ever half-written.
/// Every refusal comes before anything is written.
/// </summary>
internal static class OutputFiles
{
    public static void Write(IReadOnlyList<(string Path, string Code)> files, bool force)
    {
        if (!force && files.FirstOrDefault(f => File.Exists(f.Path) || Directory.Exists(f.Path)) is { Path: { } existing })
        {
            throw new CliException($"'{existing}' exists; pass --force to overwrite it");
        }

        var temporaries = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var (path, code) in files)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
                Directory.CreateDirectory(folder);
                var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
                temporaries.Add((temporary, path));
                File.WriteAllText(temporary, code, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            foreach (var (temporary, target) in temporaries)
            {
                File.Move(temporary, target, overwrite: force);
            }
        }
        finally
        {
            foreach (var (temporary, _) in temporaries)
            {
                File.Delete(temporary);
            }
        }
    }
}
