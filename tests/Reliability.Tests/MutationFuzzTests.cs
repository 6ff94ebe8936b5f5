using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit.Abstractions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using XmppTopology.Analyzers.Tests.Infrastructure;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// Mutated samples with a fixed seed: deleted, duplicated and swapped tokens, hostile literals
/// (empty, unicode, 10,000 characters), deep nesting. The analyzer and the fixers (every action of every diagnostic computed) never
/// throw and never hang.
/// </summary>
public class MutationFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261125;

    // The bounded default for CI; XMPPTOPOLOGY_LONG=1 runs the long mode.
    private static readonly int Cases = Environment.GetEnvironmentVariable("XMPPTOPOLOGY_LONG") == "1" ? 100_000 : 2_000;

    private static readonly string[] HostileLiterals =
    [
        "\"\"", "\" \"", "\"sip:\"", "\"fe15..contoso.com\"", "\"ｆｅ１５.contoso.com\"", "\"fe15.contoso.com\\u0000\"",
        "\"" + new string('a', 10_000) + "\"", "null", "default", "(string)(object)1", "$\"{null}\"", "nameof(nameof)",
    ];

    [Fact]
    public async Task Mutated_samples_are_analyzed_and_fixed_without_exception_or_hang()
    {
        var random = new Random(Seed);
        var samples = new[] { "Contoso.Migration", "Fabrikam.DraftPlan" }.Select(s => TopologyCompilation.Sample(s).ToList()).ToList();

        var actions = 0;
        for (var run = 0; run < Cases; run++)
        {
            var files = samples[random.Next(samples.Count)];
            var target = random.Next(files.Count);
            var (path, source) = files[target];
            var mutated = Mutate(source, random, out var mutation);

            var result = await AnalyzerHarness.RunCaseAsync(files.Select((f, i) => i == target ? (path, mutated) : f));

            Assert.True(result.Exceptions.Count == 0, AnalyzerHarness.Describe($"seed {Seed}, case {run}, {mutation} in {path}", mutated, result.Exceptions));
            Assert.True(result.Finished, $"seed {Seed}, case {run}, {mutation} in {path}: not finished within {AnalyzerHarness.PerCaseLimit}");
            actions += result.Actions;
        }

        // The Fabrikam draft plan has fixable diagnostics in most cases: the fixers were exercised.
        Assert.True(actions > Cases, $"only {actions} code actions computed in {Cases} cases");
        output.WriteLine($"mutation fuzz: {Cases} cases, {actions} code actions computed");
    }

    private static string Mutate(string source, Random random, out string mutation)
    {
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
        var token = tokens[random.Next(tokens.Count)];
        switch (random.Next(5))
        {
            case 0:
                mutation = $"token '{token.Text}' deleted";
                return source.Remove(token.SpanStart, token.Span.Length);
            case 1:
                mutation = $"token '{token.Text}' duplicated";
                return source.Insert(token.Span.End, " " + token.Text);
            case 2:
                var other = tokens[random.Next(tokens.Count)];
                var (first, second) = token.SpanStart < other.SpanStart ? (token, other) : (other, token);
                mutation = $"tokens '{first.Text}' and '{second.Text}' swapped";
                return first.Span.OverlapsWith(second.Span) || first == second
                    ? source
                    : source[..first.SpanStart] + second.Text + source[first.Span.End..second.SpanStart] + first.Text + source[second.Span.End..];
            case 3:
                var literals = tokens.Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).ToList();
                var literal = literals.Count > 0 ? literals[random.Next(literals.Count)] : token;
                var replacement = HostileLiterals[random.Next(HostileLiterals.Length)];
                mutation = $"literal {literal.Text} replaced by {replacement[..Math.Min(replacement.Length, 20)]}";
                return source[..literal.SpanStart] + replacement + source[literal.Span.End..];
            default:
                var depth = random.Next(50, 400);
                mutation = $"argument nested {depth} parentheses deep";
                var deep = new StringBuilder().Append('(', depth).Append(token.Text).Append(')', depth).ToString();
                return source[..token.SpanStart] + deep + source[token.Span.End..];
        }
    }
}
