using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace XmppTopology.Bench;

/// <summary>
/// What the compiler prints for <c>-p:ReportAnalyzer=true</c> at detailed verbosity: the total
/// analyzer execution time and each analyzer assembly's part of it, in seconds (summed over the
/// threads the analyzers ran on); whether the compilation went through the compiler server; and
/// whether the compiler was given our analyzer precompiled (the package's ReadyToRun copy).
/// </summary>
internal sealed partial record AnalyzerReport(double TotalSeconds, IReadOnlyDictionary<string, double> Assemblies, bool ThroughServer, bool Precompiled)
{
    private const string Ours = "XmppTopology.Analyzers";
    private static readonly string[] NetAnalyzers = ["Microsoft.CodeAnalysis.NetAnalyzers", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers"];

    public double OursSeconds => Assemblies.GetValueOrDefault(Ours);

    /// <summary>The SDK's .NET analyzers (CAxxxx), both assemblies.</summary>
    public double NetAnalyzersSeconds => NetAnalyzers.Sum(name => Assemblies.GetValueOrDefault(name));

    public double OurShare => OursSeconds / TotalSeconds;

    /// <summary>
    /// The median of several builds' reports, each figure on its own (the total, each assembly):
    /// one build's figure moved fourfold between runs of the same code. Through the server, and
    /// precompiled, only if every build was.
    /// </summary>
    public static AnalyzerReport Median(IReadOnlyList<AnalyzerReport> reports)
    {
        var names = reports.SelectMany(r => r.Assemblies.Keys).Distinct(StringComparer.Ordinal);
        return new AnalyzerReport(
            MedianOf(reports.Select(r => r.TotalSeconds)),
            names.ToDictionary(name => name, name => MedianOf(reports.Select(r => r.Assemblies.GetValueOrDefault(name))), StringComparer.Ordinal),
            reports.All(r => r.ThroughServer),
            reports.All(r => r.Precompiled));
    }

    public static AnalyzerReport Parse(string output)
    {
        var total = TotalLine().Match(output);
        if (!total.Success)
        {
            throw new InvalidOperationException("the build printed no \"Total analyzer execution time\" (ReportAnalyzer at detailed verbosity)");
        }

        // The analyzer table runs from the total to the generators' table; assembly lines carry a version.
        var table = output[total.Index..];
        var generators = table.IndexOf("Total generator execution time", StringComparison.Ordinal);
        var assemblies = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Match line in AssemblyLine().Matches(generators < 0 ? table : table[..generators]))
        {
            assemblies[line.Groups["name"].Value] = Seconds(line.Groups["time"].Value);
        }

        return new AnalyzerReport(
            Seconds(total.Groups["time"].Value), assemblies, output.Contains("CompilerServer: server", StringComparison.Ordinal), PrecompiledAnalyzer().IsMatch(output));
    }

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    // "<0.001" is below the table's resolution; the decimal separator follows the compiler's culture.
    private static double Seconds(string text) =>
        text.StartsWith('<') ? 0 : double.Parse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Total analyzer execution time: (?<time>[\d.,]+) seconds")]
    private static partial Regex TotalLine();

    // The csc command line MSBuild logs: /analyzer:<package>/tools/ready-to-run/<platform>/XmppTopology.Analyzers.dll.
    [GeneratedRegex(@"/analyzer:\S*/tools/ready-to-run/[^/\s]+/XmppTopology\.Analyzers\.dll")]
    private static partial Regex PrecompiledAnalyzer();

    [GeneratedRegex(@"^\s*(?<time><?[\d.,]+)\s+<?\d+\s+(?<name>[^\s,]+), Version=", RegexOptions.Multiline)]
    private static partial Regex AssemblyLine();
}
