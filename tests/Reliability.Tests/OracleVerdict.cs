using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Tests.Infrastructure;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// The analyzer's verdict on a generated topology against Validate()'s. Findings are "rule element:
/// message" lines. Where every value is provable, the analyzer must report exactly what Validate()
/// reports, and no TOPO005. Where some are not (<see cref="GeneratedTopology.Unknowns"/>), Validate()
/// runs in every world the analyzer cannot tell apart (all worlds compiled into one assembly, one
/// namespace each), and the analyzer must report what every world reports and nothing else (no
/// guess, never a contradicting error, nothing provable left out), with TOPO005 at each unknown
/// value and nowhere else.
/// </summary>
internal sealed record OracleVerdict(List<string> Runtime, List<string> Analyzer, List<string> Certain, List<string> Unknowns, int Worlds, List<string> Problems)
{
    /// <summary>How many of the analyzer's diagnostics are about several users of one call.</summary>
    public int AboutUsers { get; init; }

    /// <summary>The verdicts; null when the source does not compile or a world's Build() throws (not a case to judge).</summary>
    public static async Task<OracleVerdict?> ComputeAsync(GeneratedTopology topology)
    {
        var files = topology.Files;
        var compilation = TopologyCompilation.Create(files);
        if (compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return null;
        }

        var active = topology.Active.ToList();
        var worlds = active.Count == 0 ? [] : topology.Worlds().ToList();
        var (errors, inOrder) = active.Count == 0
            ? RuntimeVerdict.Run(compilation, "Generated")
            : RuntimeVerdict.Run(TopologyCompilation.Create(worlds.SelectMany((world, w) => InNamespace(topology.Render(world), "W" + w.ToString(CultureInfo.InvariantCulture)))), [.. worlds.Select((_, w) => $"W{w}.Generated")]);
        if (errors.Count > 0 || inOrder.Any(f => f is null))
        {
            return null;
        }

        var findings = inOrder.Select(f => RuntimeVerdict.Lines(f!)).ToList();
        var diagnostics = await TopologyCompilation.AnalyzeAsync(compilation);
        var analyzer = RuntimeVerdict.AnalyzerFindings(diagnostics, [.. inOrder.Select(f => f!)]);
        var aboutUsers = diagnostics.Count(d => d.Properties.ContainsKey("Users"));
        var runtime = findings[0];
        var unknowns = diagnostics.Where(d => d.Id == "TOPO005").Select(d => $"{d.Location.SourceTree!.FilePath} '{d.Location.SourceTree.GetText().ToString(d.Location.SourceSpan)}'").Order(StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        if (active.Count == 0)
        {
            if (!analyzer.SequenceEqual(runtime))
            {
                problems.Add("differs from Validate(): " + EditSequenceRunner.Difference("the analyzer", analyzer, "Validate()", runtime));
            }

            if (unknowns.Count > 0)
            {
                problems.Add("TOPO005 where every value is provable: " + string.Join("; ", unknowns));
            }

            return new OracleVerdict(runtime, analyzer, runtime, unknowns, 1, problems) { AboutUsers = aboutUsers };
        }

        // A world where an unknown value takes the name of another declaration is a topology with a
        // duplicate (TOPO002) that no compiler can see; the verdict is judged in the other worlds.
        var duplicates = findings.Select(f => Keys(f).Where(k => k.StartsWith("TOPO002 ", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal)).ToList();
        var everywhere = duplicates.Skip(1).Aggregate(new HashSet<string>(duplicates[0], StringComparer.Ordinal), (all, world) => { all.IntersectWith(world); return all; });
        var judged = Enumerable.Range(0, findings.Count).Where(w => duplicates[w].IsSubsetOf(everywhere)).ToList();
        var certain = judged.Skip(1).Aggregate(Keys(findings[judged[0]]), (all, w) => [.. all.Intersect(Keys(findings[w]), StringComparer.Ordinal)]);

        // A finding about an unknown value holds in a world where a line fills it in (FindingPattern).
        var keysByWorld = findings.Select(f => Keys(f).ToHashSet(StringComparer.Ordinal)).ToList();
        var analyzerKeys = Keys(analyzer).ToHashSet(StringComparer.Ordinal);
        bool Holds(string line, int w) => FindingPattern.IsAboutUnknown(line)
            ? findings[w].Any(r => FindingPattern.Matches(line, r))
            : keysByWorld[w].Contains(KeyOf(line));
        bool Reported(string key) => analyzerKeys.Contains(key)
            || analyzer.Where(FindingPattern.IsAboutUnknown).Any(a => judged.Any(w => findings[w].Any(r => KeyOf(r) == key && FindingPattern.Matches(a, r))));
        if (judged.Contains(0))
        {
            Add(problems, "reported, but Validate() does not report it", FindingPattern.Unmatched(analyzer, runtime, analyzerFirst: true));
        }

        Add(problems, "reported, but it does not hold in every world (a guess)", [.. analyzer.Where(line => !judged.All(w => Holds(line, w)))]);
        Add(problems, "holds in every world, but not reported", [.. certain.Where(key => !Reported(key))]);
        string At(int k) => $"{topology.Unknowns[k].File} '{topology.Unknowns[k].Value}'";
        var allowed = active.Select(At).ToHashSet(StringComparer.Ordinal);
        Add(problems, "TOPO005 at a provable value", [.. unknowns.Where(u => !allowed.Contains(u))]);

        // An unknown must be said where it matters: where worlds that differ in it alone differ in Validate()'s
        // findings (an unknown in a helper that no topology reaches matters nowhere, and needs no TOPO005).
        bool Matters(int k) => worlds.Select((choice, w) => (Others: string.Join(",", choice.Where((_, i) => i != k)), Findings: string.Join("|", Keys(findings[w]))))
            .GroupBy(world => world.Others, StringComparer.Ordinal)
            .Any(group => group.Select(world => world.Findings).Distinct(StringComparer.Ordinal).Count() > 1);
        Add(problems, "an unknown value that matters, without TOPO005", [.. active.Where(Matters).Select(At).Where(a => !unknowns.Contains(a)).Order(StringComparer.Ordinal)]);
        return new OracleVerdict(runtime, analyzer, certain, unknowns, worlds.Count, problems) { AboutUsers = aboutUsers };
    }

    /// <summary>What kind of disagreement the first problem is (what a minimizer keeps).</summary>
    public string? Kind => Problems.Count == 0 ? null : Problems[0][..Problems[0].IndexOf(": ", StringComparison.Ordinal)];

    public override string ToString() =>
        $"Validate() [{string.Join("; ", Runtime)}]\nthe analyzer [{string.Join("; ", Analyzer)}]\nTOPO005 at [{string.Join("; ", Unknowns)}]"
        + (Worlds > 1 ? $"\nin every one of {Worlds} worlds [{string.Join("; ", Certain)}]" : "")
        + (Problems.Count > 0 ? "\n" + string.Join("\n", Problems) : "");

    private static void Add(List<string> problems, string what, List<string> lines)
    {
        if (lines.Count > 0)
        {
            problems.Add($"{what}: {string.Join("; ", lines)}");
        }
    }

    // "rule element": what a finding is about, its message aside (the worlds name other pools in it).
    private static List<string> Keys(IEnumerable<string> findings) =>
        [.. findings.Select(KeyOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string KeyOf(string finding) => finding[..finding.IndexOf(": ", StringComparison.Ordinal)];

    // A world's files in a namespace of their own (after the usings), so that every world compiles into one assembly.
    private static IEnumerable<(string Path, string Source)> InNamespace(IEnumerable<(string Path, string Source)> files, string name) =>
        files.Select(file =>
        {
            var lines = file.Source.Split('\n').ToList();
            lines.Insert(lines.FindLastIndex(l => l.StartsWith("using ", StringComparison.Ordinal)) + 1, $"namespace {name};");
            return ($"{name}/{file.Path}", string.Join('\n', lines));
        });
}
