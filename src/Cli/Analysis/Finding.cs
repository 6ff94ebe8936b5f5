using Microsoft.CodeAnalysis;

namespace XmppTopology.Cli.Analysis;

/// <summary>One diagnostic of a topology rule, with the document it is in and its path as reports show it.</summary>
/// <param name="Diagnostic">The analyzer's diagnostic, with its effective severity.</param>
/// <param name="Document">The document it is in (null for generated code, which has no fix).</param>
/// <param name="Path">The file, relative to the report's root, with forward slashes.</param>
/// <param name="Span">Its lines and columns (zero-based, as Roslyn gives them).</param>
internal sealed record Finding(Diagnostic Diagnostic, Document? Document, string Path, FileLinePositionSpan Span)
{
    public string Id => Diagnostic.Id;

    public string Severity => Diagnostic.Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    public string Message => Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>First line, one-based.</summary>
    public int StartLine => Span.StartLinePosition.Line + 1;

    /// <summary>Last line, one-based.</summary>
    public int EndLine => Span.EndLinePosition.Line + 1;
}
