using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// Delta debugging by lines: removes one line at a time, across files, keeping each removal after
/// which the case still fails, until no single line can go. The failure predicate decides what
/// "still fails" means (and must reject code that no longer compiles).
/// </summary>
internal static class SourceMinimizer
{
    public static async Task<IReadOnlyList<(string Path, string Source)>> MinimizeAsync(IReadOnlyList<(string Path, string Source)> files, Func<IReadOnlyList<(string Path, string Source)>, Task<bool>> stillFails, int maxAttempts = 2_000)
    {
        var lines = files.Select(f => f.Source.Split('\n').ToList()).ToList();
        var attempts = 0;
        bool progress;
        do
        {
            progress = false;
            for (var file = 0; file < lines.Count; file++)
            {
                for (var line = lines[file].Count - 1; line >= 0 && attempts < maxAttempts; line--)
                {
                    if (lines[file][line].Trim().Length == 0 || lines[file][line].TrimStart().StartsWith("using ", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    attempts++;
                    var candidate = lines.Select((l, i) => i == file ? l.Where((_, j) => j != line).ToList() : l).ToList();
                    if (await stillFails(Join(files, candidate)).ConfigureAwait(false))
                    {
                        lines = candidate;
                        progress = true;
                    }
                }
            }
        }
        while (progress && attempts < maxAttempts);

        return Join(files, lines);
    }

    public static string Listing(IEnumerable<(string Path, string Source)> files) =>
        string.Join("\n", files.Select(f => $"// {f.Path}\n{f.Source}"));

    private static List<(string Path, string Source)> Join(IReadOnlyList<(string Path, string Source)> files, List<List<string>> lines) =>
        [.. files.Select((f, i) => (f.Path, string.Join('\n', lines[i])))];
}
