using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using XmppTopology.Testing;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>A solution: every C# project that references the analyzer is checked; and the tool never carries MSBuild itself.</summary>
[Collection(DraftPlanTests.Name)]
public class SolutionTests(DraftPlan draft)
{
    [Fact]
    public async Task A_solution_checks_each_of_its_projects()
    {
        using var contoso = new SampleCopy("Contoso.Migration", "solution").Restored();
        var solution = contoso.File("Plans.slnx");
        File.WriteAllText(solution, $"""
            <Solution>
              <Project Path="Contoso.Migration.csproj" />
              <Project Path="{Path.GetRelativePath(contoso.Folder, draft.Project)}" />
            </Solution>
            """);

        var (exitCode, output, error) = await Cli.RunAsync("check", solution, "--format", "json");

        Assert.True(exitCode == 1, error);
        Assert.Contains("analysed Contoso.Migration: ", error);
        Assert.Contains("analysed Fabrikam.DraftPlan: ", error);
        var findings = JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(4, findings.Count);
        Assert.All(findings, f => Assert.EndsWith("/FabrikamTopology.cs", f.GetProperty("path").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void The_tool_takes_msbuild_from_the_sdk_and_carries_no_copy_of_it()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var tool = Path.Combine(Repository.Root, "src", "Cli", "bin", configuration, "net10.0");

        Assert.True(File.Exists(Path.Combine(tool, "Microsoft.Build.Locator.dll")));
        Assert.DoesNotContain(Directory.EnumerateFiles(tool, "Microsoft.Build*.dll").Select(Path.GetFileName), f => f != "Microsoft.Build.Locator.dll");
    }
}
