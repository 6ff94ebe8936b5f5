using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace XmppTopology.Cli.Review;

/// <summary>
/// The request body of GitHub's "create a review for a pull request"
/// (<c>POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews</c>), as <c>gh api --input</c> sends it.
/// </summary>
/// <param name="Event">What the review does: always COMMENT here.</param>
/// <param name="Body">The review's summary, in Markdown.</param>
/// <param name="Comments">The comments on the diff's lines.</param>
internal sealed record GitHubReview(string Event, string Body, IReadOnlyList<GitHubReviewComment> Comments)
{
    // GitHub's names (start_line, start_side); a one-line comment has no start_line at all.
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";
}

/// <summary>A review comment on lines of the pull request's new version (GitHub's RIGHT side).</summary>
/// <param name="Path">The file, relative to the repository's root, with forward slashes.</param>
/// <param name="StartLine">The first line of a comment on several lines (one-based); null for one line, since GitHub wants start_line below line.</param>
/// <param name="StartSide">RIGHT when <paramref name="StartLine"/> is given.</param>
/// <param name="Line">The last line (one-based).</param>
/// <param name="Side">RIGHT: the lines are the new version's.</param>
/// <param name="Body">The comment, in Markdown.</param>
internal sealed record GitHubReviewComment(string Path, int? StartLine, string? StartSide, int Line, string Side, string Body)
{
    private const string Right = "RIGHT";

    public static GitHubReviewComment OnLines(string path, int firstLine, int lastLine, string body) =>
        firstLine == lastLine
            ? new(path, null, null, lastLine, Right, body)
            : new(path, firstLine, Right, lastLine, Right, body);
}
