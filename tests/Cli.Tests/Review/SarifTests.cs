using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>review.sarif: valid SARIF 2.1.0 (the OASIS schema, kept in Fixtures), and its fixes, applied by a SARIF reader, make the same code as the patch.</summary>
[Collection(DraftPlanTests.Name)]
public class SarifTests(DraftPlan draft)
{
    /// <summary>The SARIF 2.1.0 schema (OASIS, draft-04), kept in Fixtures as data.</summary>
    public static readonly string SchemaFile = Path.Combine(AppContext.BaseDirectory, "Fixtures", "sarif-schema-2.1.0.json");

    [Fact]
    public async Task The_review_log_validates_against_the_sarif_2_1_0_schema()
    {
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaFile));

        var errors = schema.Validate(draft.ReviewFile("review.sarif"));

        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task The_schema_check_catches_an_invalid_log()
    {
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaFile));
        var log = JsonNode.Parse(draft.ReviewFile("review.sarif"))!;
        log["runs"]![0]!["results"]![0]!["level"] = "fatal";

        Assert.NotEmpty(schema.Validate(log.ToJsonString()));
    }

    [Fact]
    public void Its_fixes_round_trip_to_the_code_that_the_patch_makes()
    {
        var log = JsonDocument.Parse(draft.ReviewFile("review.sarif")).RootElement;
        var results = log.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var originals = new Dictionary<string, SourceText>();
        var changes = new Dictionary<string, List<TextChange>>();
        foreach (var artifact in results.Where(r => r.TryGetProperty("fixes", out _)).SelectMany(r => r.GetProperty("fixes")[0].GetProperty("artifactChanges").EnumerateArray()))
        {
            var path = artifact.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.Equal("%SRCROOT%", artifact.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            var text = originals.TryGetValue(path, out var known) ? known : originals[path] = SourceText.From(File.ReadAllText(Path.Combine(draft.Folder, path)));
            foreach (var replacement in artifact.GetProperty("replacements").EnumerateArray())
            {
                var region = replacement.GetProperty("deletedRegion");
                var span = new TextSpan(region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32());

                // The line and column form names the same text as the offset form.
                var lines = text.Lines.GetLinePositionSpan(span);
                Assert.Equal(
                    (lines.Start.Line + 1, lines.Start.Character + 1, lines.End.Line + 1, lines.End.Character + 1),
                    (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
                var change = new TextChange(span, replacement.GetProperty("insertedContent").GetProperty("text").GetString()!);
                var list = changes.TryGetValue(path, out var existing) ? existing : changes[path] = [];
                if (!list.Contains(change))
                {
                    list.Add(change);
                }
            }
        }

        Assert.Equal(2, results.Count(r => r.TryGetProperty("fixes", out _)));
        using var patched = new SampleCopy("Fabrikam.DraftPlan", "sarif");
        Cli.Git(patched.Folder, "apply", Path.Combine(draft.ReviewFolder, "fixes.patch"));
        foreach (var (path, text) in originals)
        {
            var fixedText = text.WithChanges(changes[path].OrderBy(c => c.Span.Start)).ToString();
            Assert.Equal(File.ReadAllText(patched.File(path)), fixedText);
        }
    }
}
