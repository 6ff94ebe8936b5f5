using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Cli.Analysis;
using XmppTopology.Cli.Review;

namespace XmppTopology.Cli.Reports;

/// <summary>
/// A SARIF 2.1.0 log of the findings; in a review, each result carries its preferred fix as
/// artifactChanges with replacements (regions by line and column and by character offset, so
/// a reader can use either). Paths are relative to %SRCROOT%, the report's root.
/// </summary>
internal static class SarifLog
{
    public static void Write(Stream output, TopologyAnalysis analysis, IReadOnlyList<ReviewItem>? fixes)
    {
        var findings = fixes?.Select(i => i.Finding).ToList() ?? [.. analysis.Findings];
        var rules = analysis.Rules.ToList();
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, rules);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject("%SRCROOT%");
        json.WriteString("uri", new Uri(analysis.Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        for (var index = 0; index < findings.Count; index++)
        {
            WriteResult(json, findings[index], rules.FindIndex(r => r.Id == findings[index].Id), fixes?[index].Fix);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteTool(Utf8JsonWriter json, List<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "xmpp-topology");
        json.WriteString("semanticVersion", Version());
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            if (!string.IsNullOrEmpty(rule.HelpLinkUri))
            {
                json.WriteString("helpUri", rule.HelpLinkUri);
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex, FixProposal? fix)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Id);
        if (ruleIndex >= 0)
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", Level(finding.Diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, finding.Path);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", finding.StartLine);
        json.WriteNumber("startColumn", finding.Span.StartLinePosition.Character + 1);
        json.WriteNumber("endLine", finding.EndLine);
        json.WriteNumber("endColumn", finding.Span.EndLinePosition.Character + 1);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (fix is not null)
        {
            WriteFix(json, fix);
        }

        json.WriteEndObject();
    }

    private static void WriteFix(Utf8JsonWriter json, FixProposal fix)
    {
        json.WriteStartArray("fixes");
        json.WriteStartObject();
        json.WriteStartObject("description");
        json.WriteString("text", fix.Title);
        json.WriteEndObject();
        json.WriteStartArray("artifactChanges");
        foreach (var edit in fix.Edits)
        {
            json.WriteStartObject();
            WriteArtifact(json, edit.Path);
            json.WriteStartArray("replacements");
            foreach (var change in edit.Changes)
            {
                WriteReplacement(json, edit.OriginalText, change);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteReplacement(Utf8JsonWriter json, SourceText text, TextChange change)
    {
        var span = text.Lines.GetLinePositionSpan(change.Span);
        json.WriteStartObject();
        json.WriteStartObject("deletedRegion");
        json.WriteNumber("startLine", span.Start.Line + 1);
        json.WriteNumber("startColumn", span.Start.Character + 1);
        json.WriteNumber("endLine", span.End.Line + 1);
        json.WriteNumber("endColumn", span.End.Character + 1);
        json.WriteNumber("charOffset", change.Span.Start);
        json.WriteNumber("charLength", change.Span.Length);
        json.WriteEndObject();
        json.WriteStartObject("insertedContent");
        json.WriteString("text", change.NewText ?? "");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal));
        json.WriteString("uriBaseId", "%SRCROOT%");
        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static string Version() =>
        typeof(SarifLog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
