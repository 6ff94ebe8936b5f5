using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>
/// The request body of GitHub's "create a review for a pull request" (operation pulls/create-review) as
/// GitHub's OpenAPI description gives it: kept in Fixtures as data, taken from the @octokit/openapi package
/// (its "source" names the version and where in the package the schema is).
/// </summary>
internal static class GitHubReviewSchema
{
    public static readonly string File = Path.Combine(AppContext.BaseDirectory, "Fixtures", "github-create-review-request.schema.json");

    public static JsonObject Fixture() => JsonNode.Parse(System.IO.File.ReadAllText(File))!.AsObject();

    public static Task<NJsonSchema.JsonSchema> LoadAsync() => NJsonSchema.JsonSchema.FromJsonAsync(Fixture()["schema"]!.ToJsonString());

    /// <summary>What is wrong with a payload by the schema; empty when GitHub's description accepts it.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string payload) =>
        (await LoadAsync()).Validate(payload).Select(e => e.ToString()).ToList();

    /// <summary>
    /// The names a payload uses that the schema does not declare. The schema lets other names pass
    /// (it has no additionalProperties: false), so a misspelt start_line would validate; this catches it.
    /// </summary>
    public static IReadOnlyList<string> UndeclaredNames(JsonObject payload)
    {
        var schema = Fixture()["schema"]!;
        var declared = schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        var declaredInComments = schema["properties"]!["comments"]!["items"]!["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        var comments = payload["comments"]?.AsArray().SelectMany(c => c!.AsObject().Select(p => p.Key)) ?? [];
        return payload.Select(p => p.Key).Where(n => !declared.Contains(n))
            .Concat(comments.Where(n => !declaredInComments.Contains(n)).Select(n => "comments[]." + n))
            .Distinct()
            .ToList();
    }
}
