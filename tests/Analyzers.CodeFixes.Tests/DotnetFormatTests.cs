using System;
using System.IO;
using System.Linq;
using XmppTopology.Testing;

namespace XmppTopology.Analyzers.CodeFixes.Tests;

/// <summary>
/// The headless path a CI job or a reviewer takes: `dotnet format analyzers` applies the fixes to
/// a copy of the draft plan, and `dotnet build` then passes.
/// </summary>
public class DotnetFormatTests
{
    [Fact]
    public void Dotnet_format_fixes_the_draft_plan_and_touches_only_the_offending_calls()
    {
        var root = Repository.Root;
        var project = Path.Combine(Path.GetTempPath(), "xmpptopology-format-" + Guid.NewGuid().ToString("N"));
        try
        {
            DotnetCli.CopySample("Fabrikam.DraftPlan", project);

            var source = Path.Combine(project, "FabrikamTopology.cs");
            var before = File.ReadAllLines(source);

            // One run with every fixable rule, as the README gives it.
            var (formatExit, formatOutput) = DotnetCli.Run(
                project, "format", "analyzers", "Fabrikam.DraftPlan.csproj",
                "--diagnostics", "XMPP001", "XMPP002", "XMPP003", "XMPP004", "XMPP005", "XMPP006", "XMPP007", "XMPP008", "TOPO001", "TOPO003", "TOPO004",
                "--severity", "info");
            Assert.True(formatExit == 0, formatOutput);

            var (buildExit, buildOutput) = DotnetCli.Run(project, "build", "--nologo", "-clp:NoSummary");

            Assert.True(buildExit == 0, buildOutput);
            Assert.DoesNotContain("error XMPP", buildOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("error TOPO", buildOutput, StringComparison.Ordinal);

            var after = File.ReadAllLines(source);
            Assert.Equal(
                ["                .XmppProxy()", "                .MarkForMigrationTo2019())", """        users.User("sip:jonas.berg@fabrikam.com").HomedOn(Pools.Fe2015).MoveTo(Pools.Fe2019).Xmpp();"""],
                before.Except(after));
            Assert.Equal(
                ["                .XmppProxy())", """        users.User("sip:jonas.berg@fabrikam.com").HomedOn(Pools.Fe2015).Xmpp();"""],
                after.Except(before));
            Assert.Equal(File.ReadAllText(Path.Combine(root, "samples", "Fabrikam.DraftPlan", "Pools.cs")), File.ReadAllText(Path.Combine(project, "Pools.cs")));
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }
}
