using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using XmppTopology.Analyzers.Tests.Infrastructure;

namespace XmppTopology.Analyzers.Tests;

/// <summary>
/// The samples built by `dotnet build`, as a user builds them: the analyzer runs inside the
/// SDK's own, current compiler, not the Roslyn version the other tests load.
/// </summary>
public class SampleBuildTests
{
    [Fact]
    public void Building_the_draft_plan_fails_with_XMPP001_and_XMPP002_at_their_lines()
    {
        var (exitCode, output) = Build("Fabrikam.DraftPlan");

        Assert.NotEqual(0, exitCode);
        Assert.Matches(new Regex(@"FabrikamTopology\.cs\(29,73\): error XMPP001: User 'sip:jonas\.berg@fabrikam\.com'"), output);
        Assert.Matches(new Regex(@"FabrikamTopology\.cs\(15,18\): error XMPP002: Edge pool 'edge15\.fabrikam\.com'"), output);
    }

    [Fact]
    public void Building_the_corrected_plan_succeeds_without_any_topology_diagnostic()
    {
        var (exitCode, output) = Build("Contoso.Migration");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotMatch(new Regex(@"\b(XMPP|TOPO)\d{3}\b"), output);
    }

    private static (int ExitCode, string Output) Build(string sample)
    {
        // The sample is copied out, as a user's own project that references the analyzer: its
        // build then never races the solution build for the sample's bin/ and obj/.
        var project = Path.Combine(Path.GetTempPath(), "xmpptopology-" + Guid.NewGuid().ToString("N"), sample);
        Directory.CreateDirectory(project);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "samples", sample)))
        {
            var text = File.ReadAllText(file).Replace(@"..\..\src\", Path.Combine(Repository.Root, "src") + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(project, Path.GetFileName(file)), text);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "build", "--nologo", "-clp:NoSummary" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var standardError = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd() + standardError.Result;
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "dotnet build did not finish in 5 minutes");
            return (process.ExitCode, text);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(project)!, recursive: true);
        }
    }
}
