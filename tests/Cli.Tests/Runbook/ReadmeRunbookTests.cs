using System.IO;
using XmppTopology.Testing;

namespace XmppTopology.Cli.Tests.Runbook;

/// <summary>
/// README's runbook command as a user runs it: the built tool on the sample in the repository,
/// whose project references the DSL's source. The sample's compilation then asks for the DSL at
/// the version its design-time evaluation gives, not the one the tool carries; the tool's own DSL
/// must serve it (it did not: "Could not load file or assembly 'XmppTopology.Dsl, Version=1.0.0.0'").
/// </summary>
public class ReadmeRunbookTests
{
    [Fact]
    public void The_built_tool_writes_the_runbook_of_the_sample_in_the_repository()
    {
        var output = Directory.CreateTempSubdirectory("xmpptopology-readme-runbook").FullName;
        try
        {
            var (exitCode, stdout, stderr) = XmppTopology.Cli.Tests.Review.Cli.RunProcess(Repository.Root, "runbook", Path.Combine("samples", "Contoso.Migration"), "--out", output, "--quiet");

            Assert.True(exitCode == 0, stdout + stderr);
            Assert.DoesNotContain("FileNotFoundException", stderr);
            Assert.Contains("Move-CsUser", File.ReadAllText(Path.Combine(output, "runbook.ps1")));
            Assert.True(File.Exists(Path.Combine(output, "rollback.ps1")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
