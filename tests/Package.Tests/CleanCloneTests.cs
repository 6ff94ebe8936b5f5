using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using XmppTopology.Testing;

namespace XmppTopology.Package.Tests;

/// <summary>
/// README's two commands on a clean clone as CI makes it: shallow and without tags, so the version
/// from git (MinVer) has nothing to read but the one commit. The main job fails at the topology
/// errors README prints; the test command is what .ci/run runs, and in long mode
/// (XMPPTOPOLOGY_LONG=1) it runs on the clone too.
/// </summary>
[Collection(PackageFeedTests.Name)]
public sealed class CleanCloneTests : IDisposable
{
    private const string Nested = "XMPPTOPOLOGY_CLEAN_CLONE";

    private readonly string clone = Path.Combine(Path.GetTempPath(), "xmpptopology-clean-clone-" + Guid.NewGuid().ToString("N"));

    [SkippableFact]
    public void READMEs_two_commands_work_on_a_shallow_clone_without_tags()
    {
        Skip.If(Environment.GetEnvironmentVariable(Nested) == "1", "this run is itself the long mode's run on a clean clone");
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        var mainJob = Command(readme, "main job");
        var tests = Command(readme, "all the tests");
        Assert.Equal("dotnet build samples/Fabrikam.DraftPlan", mainJob);
        Assert.Contains(tests, File.ReadAllText(Path.Combine(Repository.Root, ".ci", "run")));

        var cloned = Git(Path.GetTempPath(), "clone", "--quiet", "--depth", "1", "--no-tags", new Uri(Repository.Root).AbsoluteUri, clone);
        Assert.True(cloned.ExitCode == 0, cloned.Output);

        var (exitCode, output) = DotnetCli.Run(clone, mainJob.Split(' ')[1..]);

        Assert.True(exitCode != 0, "the draft plan must fail to build:\n" + output);
        var printed = Regex.Match(readme, "The main job prints, among others:\n\n```\n(?<lines>.*?)```", RegexOptions.Singleline).Groups["lines"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, printed.Length);
        foreach (var line in printed)
        {
            Assert.Contains(line, output.ReplaceLineEndings("\n").Replace(clone + "/", "", StringComparison.Ordinal));
        }

        if (Environment.GetEnvironmentVariable("XMPPTOPOLOGY_LONG") == "1")
        {
            var start = new System.Diagnostics.ProcessStartInfo("dotnet");
            start.Environment[Nested] = "1";
            var (testExit, testOutput) = DotnetCli.Run(start, clone, tests.Split(' ')[1..]);
            Assert.True(testExit == 0, string.Join('\n', testOutput.Split('\n').Select(l => "    " + l)));
        }
    }

    // The command of the README table row whose description starts with these words.
    private static string Command(string readme, string row) =>
        Regex.Match(readme, $@"^\| {Regex.Escape(row)}[^|]*\| `(?<command>[^`]+)` \|", RegexOptions.Multiline).Groups["command"].Value;

    private static (int ExitCode, string Output) Git(string folder, params string[] arguments) =>
        DotnetCli.Run(new System.Diagnostics.ProcessStartInfo("git"), folder, arguments);

    public void Dispose()
    {
        if (Directory.Exists(clone))
        {
            Directory.Delete(clone, recursive: true);
        }
    }
}
