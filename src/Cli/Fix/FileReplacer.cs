using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace XmppTopology.Cli.Fix;

/// <summary>
/// Writes the fixed files. Each is written whole to a temporary file in its own folder and
/// renamed over the original, so a file is never half-written; its encoding (and byte order
/// mark) and, on Unix, its permissions stay. Nothing is written unless every file is still as
/// it was loaded: an editor may have saved it meanwhile.
/// </summary>
internal static class FileReplacer
{
    public static void ReplaceAll(IReadOnlyList<FixedFile> files)
    {
        var changed = files.FirstOrDefault(f => !IsAsLoaded(f));
        if (changed is not null)
        {
            throw new CliException($"{changed.Path} changed on disk while it was being fixed: nothing written, run the command again");
        }

        foreach (var file in files)
        {
            Replace(file);
        }
    }

    private static bool IsAsLoaded(FixedFile file)
    {
        try
        {
            return File.ReadAllText(file.FullPath) == file.Original.ToString();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read {file.Path}: {exception.Message}", exception);
        }
    }

    private static void Replace(FixedFile file)
    {
        var folder = Path.GetDirectoryName(file.FullPath)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(file.FullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var encoding = file.Original.Encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            File.WriteAllText(temporary, file.Fixed.ToString(), encoding);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(file.FullPath));
            }

            File.Move(temporary, file.FullPath, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {file.Path}: {exception.Message}", exception);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
