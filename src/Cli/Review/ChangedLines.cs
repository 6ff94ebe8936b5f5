using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using XmppTopology.Cli.Analysis;

namespace XmppTopology.Cli.Review;

/// <summary>
/// The lines changed since a git ref, as the pull request shows them: `git diff &lt;base&gt;` of the
/// working tree (committed and uncommitted changes), plus every line of untracked files.
/// </summary>
internal sealed partial class ChangedLines
{
    private readonly Dictionary<string, List<(int First, int Last)>> ranges;
    private readonly HashSet<string> wholeFiles;

    private ChangedLines(Dictionary<string, List<(int First, int Last)>> ranges, HashSet<string> wholeFiles)
    {
        this.ranges = ranges;
        this.wholeFiles = wholeFiles;
    }

    /// <summary>Whether any line from <paramref name="firstLine"/> to <paramref name="lastLine"/> (one-based) of the file changed.</summary>
    public bool Touches(string path, int firstLine, int lastLine) => ChangedPart(path, firstLine, lastLine) is not null;

    /// <summary>
    /// The lines from <paramref name="firstLine"/> to <paramref name="lastLine"/> that lie in the first run of
    /// changed lines touching them, or null when none changed. A run of changed lines is one hunk of the diff:
    /// what a GitHub review comment can select (it refuses lines outside the diff and ranges across hunks).
    /// </summary>
    public (int First, int Last)? ChangedPart(string path, int firstLine, int lastLine)
    {
        if (wholeFiles.Contains(path))
        {
            return (firstLine, lastLine);
        }

        foreach (var run in ranges.TryGetValue(path, out var changed) ? changed : [])
        {
            if (run.First <= lastLine && firstLine <= run.Last)
            {
                return (Math.Max(run.First, firstLine), Math.Min(run.Last, lastLine));
            }
        }

        return null;
    }

    /// <summary>Reads the changes from git; paths are relative to the repository's top folder.</summary>
    public static ChangedLines Since(string repository, string baseRef)
    {
        if (!File.Exists(Path.Combine(repository, ".git")) && !Directory.Exists(Path.Combine(repository, ".git")))
        {
            throw new CliException($"--base needs a git repository, and {repository} is not in one");
        }

        var (verifyExit, _, verifyError) = Git.Run(repository, "rev-parse", "--verify", "--quiet", baseRef + "^{commit}");
        if (verifyExit != 0)
        {
            throw new CliException($"--base '{baseRef}' is not a commit in {repository}{(verifyError.Length > 0 ? ": " + ProjectLoader.OneLine(verifyError) : "")}");
        }

        var (diffExit, diff, diffError) = Git.Run(repository, "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--unified=0", baseRef, "--");
        if (diffExit != 0)
        {
            throw new CliException($"git diff {baseRef} failed: {ProjectLoader.OneLine(diffError)}");
        }

        var (_, untracked, _) = Git.Run(repository, "-c", "core.quotePath=false", "ls-files", "--others", "--exclude-standard");
        return FromDiff(diff, untracked.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The changed lines that a `git diff --unified=0` shows, and files that are new as a whole.</summary>
    internal static ChangedLines FromDiff(string diff, IEnumerable<string> wholeFiles) =>
        new(Parse(diff), wholeFiles.ToHashSet(StringComparer.Ordinal));

    private static Dictionary<string, List<(int First, int Last)>> Parse(string diff)
    {
        var ranges = new Dictionary<string, List<(int First, int Last)>>(StringComparer.Ordinal);
        List<(int First, int Last)>? current = null;
        foreach (var line in diff.Split('\n'))
        {
            if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                // "+++ b/path" for a changed or added file, "+++ /dev/null" for a deleted one.
                var path = line[4..].TrimEnd('\r');
                current = path.StartsWith("b/", StringComparison.Ordinal) ? ranges[path[2..]] = [] : null;
            }
            else if (current is not null && Hunk().Match(line) is { Success: true } hunk)
            {
                var start = int.Parse(hunk.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var count = hunk.Groups["count"].Success ? int.Parse(hunk.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                if (count > 0)
                {
                    current.Add((start, start + count - 1)); // a pure deletion leaves no line to comment on
                }
            }
        }

        return ranges;
    }

    [GeneratedRegex(@"^@@ -\d+(,\d+)? \+(?<start>\d+)(,(?<count>\d+))? @@", RegexOptions.CultureInvariant)]
    private static partial Regex Hunk();
}
