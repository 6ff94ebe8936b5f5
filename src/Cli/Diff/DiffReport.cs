using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace XmppTopology.Cli.Diff;

/// <summary>The differences for people (text) or for tools (JSON), each with both sides and where they are stated.</summary>
internal static class DiffReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteText(TextWriter output, DiffResult result)
    {
        foreach (var difference in result.Differences)
        {
            output.WriteLine($"{difference.Kind}: {difference.Element}");
            output.WriteLine($"  code:        {difference.Code}  [{difference.CodeAt?.ToString() ?? "-"}]");
            output.WriteLine($"  deployment:  {difference.Deployment}  [{difference.DeploymentAt?.ToString() ?? "-"}]");
        }

        if (result.Differences.Count > 0)
        {
            output.WriteLine();
        }

        foreach (var item in result.NotCompared)
        {
            output.WriteLine("not compared: " + item);
        }

        output.WriteLine(Summary(result));
    }

    public static void WriteJson(TextWriter output, DiffResult result)
    {
        static object? Side(string value, SourceLine? at) => new { value, path = at?.Path, line = at is { Line: > 0 } ? at.Line : (int?)null };
        var document = new
        {
            differences = result.Differences.Select(d => new { kind = d.Kind, element = d.Element, code = Side(d.Code, d.CodeAt), deployment = Side(d.Deployment, d.DeploymentAt) }),
            notCompared = result.NotCompared,
        };
        output.WriteLine(JsonSerializer.Serialize(document, Json));
    }

    public static string Summary(DiffResult result) =>
        result.Differences.Count == 0
            ? "no difference"
            : $"{result.Differences.Count} difference(s): " + string.Join(", ", result.Differences.GroupBy(d => d.Kind).Select(g => $"{g.Count()} {g.Key}"));
}
