using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using XmppTopology.Testing;

namespace XmppTopology.Package.Tests;

/// <summary>
/// docs/getting-started.md, followed as written by a new user of this machine (their own home,
/// NuGet sources, tools and templates): each shell line is run, each file block written, each
/// output block looked for in what the last command printed. Only the clone-and-pack lines are
/// stood in for by this run's feed, which packs the same projects of this repository.
/// </summary>
[Collection(PackageFeedTests.Name)]
public class GettingStartedTests(PackageFeed feed)
{
    private static readonly Regex Fence = new(@"^```(?<info>\w*)\n(?<body>.*?)^```\n", RegexOptions.Multiline | RegexOptions.Singleline);

    [Fact]
    public void Every_step_of_getting_started_works_as_written()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "getting-started.md")).ReplaceLineEndings("\n");
        var home = Directory.CreateDirectory(Path.Combine(feed.Root, "getting-started-home")).FullName;
        var folder = Directory.CreateDirectory(Path.Combine(feed.Root, "getting-started")).FullName;
        var last = (ExitCode: 0, Output: "", Command: "");
        var steps = new List<string>();
        var previousEnd = 0;

        foreach (Match block in Fence.Matches(page))
        {
            var prose = page[previousEnd..block.Index];
            previousEnd = block.Index + block.Length;
            var info = block.Groups["info"].Value;
            var lines = block.Groups["body"].Value.TrimEnd('\n').Split('\n');
            FollowInstructionsIn(prose, folder);
            switch (info)
            {
                case "sh":
                    var expectsError = ExpectedOutputAfter(page, previousEnd)?.Contains(" error ", StringComparison.Ordinal) ?? false;
                    for (var i = 0; i < lines.Length; i++)
                    {
                        last = Run(lines[i], home, ref folder);
                        var mayFail = expectsError && i == lines.Length - 1;
                        Assert.True(mayFail ? last.ExitCode != 0 : last.ExitCode == 0, $"{lines[i]} (in {folder}) exited with {last.ExitCode}:\n{Indented(last.Output)}");
                        steps.Add(lines[i]);
                    }

                    if (lines.Any(l => l.Contains("-p:ErrorLog=topology.sarif", StringComparison.Ordinal)))
                    {
                        AssertTheSuppressionIsRecorded(Path.Combine(folder, "topology.sarif"), prose + page[previousEnd..]);
                    }

                    break;
                case "text":
                    foreach (var expected in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
                    {
                        Assert.True(last.Output.Contains(expected, StringComparison.Ordinal), $"after `{last.Command}` the page expects \"{expected}\"; it printed:\n{Indented(last.Output)}");
                    }

                    break;
                case "ini" or "csharp" when Regex.Match(lines[0], @"^(#|//) (?<file>[\w.]+)$") is { Success: true } named:
                    File.WriteAllText(Path.Combine(folder, named.Groups["file"].Value), string.Join('\n', lines) + "\n");
                    steps.Add("write " + named.Groups["file"].Value);
                    break;
                case "csharp" when lines.Length == 1:
                    ChangeOrCheckAUserLine(prose, lines[0], folder);
                    break;
                default:
                    Assert.Fail($"a ```{info} block the test does not know how to follow:\n{block.Value}");
                    break;
            }
        }

        // The page reached every part a first hour needs, in this order.
        var at = -1;
        foreach (var step in (string[])["dotnet nuget add source", "dotnet new classlib -n Contoso.Topology", "dotnet add package XmppTopology", "write Pools.cs", "dotnet build", "dotnet build -p:ErrorLog", "dotnet format analyzers", "dotnet tool install --global XmppTopology.Cli", "xmpp-topology check", "dotnet new xmpptopology", "dotnet test"])
        {
            var index = steps.FindIndex(at + 1, s => s.StartsWith(step, StringComparison.Ordinal));
            Assert.True(index > at, $"the page no longer has the step `{step}` after `{(at < 0 ? "the start" : steps[at])}`");
            at = index;
        }

        // The template's project refers to this very build's package and is named after -n.
        var template = Path.Combine(folder, "Fabrikam.Topology");
        Assert.Contains($"Version=\"{feed.Version}\"", File.ReadAllText(Path.Combine(template, "Fabrikam.Topology", "Fabrikam.Topology.csproj")));
        Assert.DoesNotContain(Directory.EnumerateFiles(template, "*", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)), f => File.ReadAllText(f).Contains("Company", StringComparison.Ordinal));
        Assert.Contains("Passed!", last.Output);
    }

    // Each shell line as a user's shell runs it; `cd` moves where the next lines run.
    private (int ExitCode, string Output, string Command) Run(string line, string home, ref string folder)
    {
        if (line.StartsWith("git clone ", StringComparison.Ordinal))
        {
            return (0, "", line); // this repository is the clone: see the pack lines
        }

        if (Regex.Match(line, @"^dotnet pack xmpptopology/src/(?<project>[\w.]+) -o ~/xmpptopology-feed$") is { Success: true } pack)
        {
            Assert.Contains(pack.Groups["project"].Value, PackageFeed.PackedProjects);
            var target = Directory.CreateDirectory(Path.Combine(home, "xmpptopology-feed")).FullName;
            foreach (var package in Directory.EnumerateFiles(feed.Feed, "*.nupkg"))
            {
                File.Copy(package, Path.Combine(target, Path.GetFileName(package)), overwrite: true);
            }

            return (0, "", line);
        }

        if (line.StartsWith("cd ", StringComparison.Ordinal))
        {
            folder = Path.GetFullPath(Path.Combine(folder, line[3..]));
            Assert.True(Directory.Exists(folder), line);
            return (0, "", line);
        }

        var start = feed.AsUser("bash", home);
        var (exitCode, output) = DotnetCli.Run(start, folder, "-c", line);
        return (exitCode, output, line);
    }

    // The prose between blocks asks for two edits by hand.
    private static void FollowInstructionsIn(string prose, string folder)
    {
        if (prose.Contains("Delete the `dotnet_diagnostic.XMPP001.severity` line again", StringComparison.Ordinal))
        {
            RemoveLines(Path.Combine(folder, ".editorconfig"), "dotnet_diagnostic.XMPP001.severity");
        }

        if (prose.Contains("Take the `[SuppressMessage(...)]` line out again", StringComparison.Ordinal))
        {
            RemoveLines(Path.Combine(folder, "Users.cs"), "[SuppressMessage(");
        }
    }

    private static void RemoveLines(string file, string containing)
    {
        var lines = File.ReadAllLines(file);
        Assert.Single(lines, l => l.Contains(containing, StringComparison.Ordinal));
        File.WriteAllLines(file, lines.Where(l => !l.Contains(containing, StringComparison.Ordinal)));
    }

    // "her line becomes" is an edit of Alice's line; otherwise the line is what the file must now hold.
    private static void ChangeOrCheckAUserLine(string prose, string line, string folder)
    {
        var users = Path.Combine(folder, "Users.cs");
        var lines = File.ReadAllLines(users);
        var user = Regex.Match(line, @"users\.User\(""[^""]+""\)").Value;
        Assert.NotEmpty(user);
        if (prose.TrimEnd().EndsWith("her line becomes", StringComparison.Ordinal))
        {
            Assert.Single(lines, l => l.Contains(user, StringComparison.Ordinal));
            File.WriteAllLines(users, lines.Select(l => l.Contains(user, StringComparison.Ordinal) ? line : l));
        }
        else
        {
            Assert.Contains(line, lines);
        }
    }

    private static void AssertTheSuppressionIsRecorded(string sarif, string text)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "XMPP001");
        var suppression = result.GetProperty("suppressions")[0];
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        var justification = suppression.GetProperty("justification").GetString()!;
        Assert.Contains($"\"suppressions\": [{{\"kind\": \"inSource\", \"justification\": \"{justification}\"}}]", text);
    }

    private static string? ExpectedOutputAfter(string page, int index) =>
        Fence.Match(page, index) is { Success: true } next && next.Groups["info"].Value == "text" && page[index..next.Index].Trim().Length == 0 ? next.Groups["body"].Value : null;

    // Indented, so a nested test run's summary never reads as one of this run's.
    private static string Indented(string output) => string.Join('\n', output.Split('\n').Select(l => "    " + l));
}
