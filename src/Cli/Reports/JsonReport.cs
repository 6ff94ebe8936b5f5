using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using XmppTopology.Cli.Analysis;

namespace XmppTopology.Cli.Reports;

/// <summary>Findings for scripts: one JSON object, positions one-based as in the text report.</summary>
internal static class JsonReport
{
    public static void Write(Stream output, IReadOnlyList<Finding> findings)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Id);
            json.WriteString("severity", finding.Severity);
            json.WriteString("path", finding.Path);
            json.WriteNumber("startLine", finding.StartLine);
            json.WriteNumber("startColumn", finding.Span.StartLinePosition.Character + 1);
            json.WriteNumber("endLine", finding.EndLine);
            json.WriteNumber("endColumn", finding.Span.EndLinePosition.Character + 1);
            json.WriteString("message", finding.Message);
            json.WriteString("helpUri", finding.Diagnostic.Descriptor.HelpLinkUri);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }
}
