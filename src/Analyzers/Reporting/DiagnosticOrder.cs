using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace XmppTopology.Analyzers.Reporting;

/// <summary>One tree's diagnostics as reported: each once, by position, then ID, then message.</summary>
internal static class DiagnosticOrder
{
    public static ImmutableArray<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Select(d => (Diagnostic: d, Message: d.GetMessage(CultureInfo.InvariantCulture)))
            .GroupBy(d => (d.Diagnostic.Id, d.Diagnostic.Location.SourceSpan, d.Message))
            .Select(same => same.First())
            .OrderBy(d => d.Diagnostic.Location.SourceSpan.Start)
            .ThenBy(d => d.Diagnostic.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Select(d => d.Diagnostic)
            .ToImmutableArray();

    /// <summary>Sorted diagnostics grouped by the tree they are reported in.</summary>
    public static Dictionary<SyntaxTree, ImmutableArray<Diagnostic>> ByTree(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .GroupBy(diagnostic => diagnostic.Location.SourceTree!)
            .ToDictionary(group => group.Key, group => Sorted(group));
}
