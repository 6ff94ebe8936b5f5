using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>Commits a review's suggestions as GitHub's "Commit suggestion" does: each block's lines replace the lines its comment selects.</summary>
internal static partial class Suggestions
{
    /// <summary>The file's text (with \n line breaks) once every suggestion on it is committed; comments without one change nothing.</summary>
    public static string Apply(string text, string path, JsonElement review)
    {
        var lines = text.Split('\n').ToList();
        var suggestions = review.GetProperty("comments").EnumerateArray()
            .Where(c => c.GetProperty("path").GetString() == path)
            .Select(c => (First: c.TryGetProperty("start_line", out var start) ? start.GetInt32() : c.GetProperty("line").GetInt32(), Last: c.GetProperty("line").GetInt32(), Block: Block().Match(c.GetProperty("body").GetString()!)))
            .Where(s => s.Block.Success)
            .Select(s => (s.First, s.Last, Replacement: s.Block.Groups["lines"].Value))
            .Distinct() // the same fix for several findings (users of one Users(...) call) is committed once
            .OrderByDescending(s => s.First);
        foreach (var (first, last, replacement) in suggestions)
        {
            lines.RemoveRange(first - 1, last - first + 1);
            lines.InsertRange(first - 1, replacement.Split('\n')[..^1]); // each line of the block ends with \n
        }

        return string.Join('\n', lines);
    }

    /// <summary>The number of comments that carry a suggestion block.</summary>
    public static int Count(JsonElement review) =>
        review.GetProperty("comments").EnumerateArray().Count(c => Block().IsMatch(c.GetProperty("body").GetString()!));

    [GeneratedRegex(@"^(?<fence>`{3,})suggestion\n(?<lines>(?:[^\n]*\n)*?)\k<fence>$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Block();
}
