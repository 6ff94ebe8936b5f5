using System;
using System.IO;
using System.Text.RegularExpressions;
using XmppTopology.Testing;

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
        try
        {
            DotnetCli.CopySample(sample, project);
            return DotnetCli.Run(project, "build", "--nologo", "-clp:NoSummary");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(project)!, recursive: true);
        }
    }
}
