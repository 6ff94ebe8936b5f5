using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>What cannot be checked is refused with one line naming the cause and exit code 2, never a stack trace.</summary>
[Collection(DraftPlanTests.Name)]
public class BadInputTests
{
    [Fact]
    public async Task A_missing_path() =>
        AssertRefused(await Cli.RunAsync("check", Path.Combine(Path.GetTempPath(), "no-such-topology"), "--quiet"), "does not exist");

    [Fact]
    public async Task A_folder_with_several_projects()
    {
        using var folder = new SampleCopy("Fabrikam.DraftPlan", "several");
        File.Copy(folder.Project, folder.File("Second.csproj"));

        AssertRefused(await Cli.RunAsync("review", folder.Folder, "--out", folder.File("review"), "--quiet"), "holds several projects (Fabrikam.DraftPlan.csproj, Second.csproj): name one");
        Assert.False(Directory.Exists(folder.File("review")));
    }

    [Fact]
    public async Task A_project_that_fails_to_load()
    {
        using var folder = new SampleCopy("Fabrikam.DraftPlan", "broken-project");
        File.WriteAllText(folder.Project, "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");

        AssertRefused(await Cli.RunAsync("check", folder.Project, "--quiet"), "could not load Fabrikam.DraftPlan.csproj: ");
    }

    [Fact]
    public async Task A_build_error_in_the_topology_code()
    {
        using var folder = new SampleCopy("Fabrikam.DraftPlan", "build-error").Restored();
        File.AppendAllText(folder.File("Pools.cs"), "\ninternal static class Broken { public static int Value => ; }\n");

        AssertRefused(await Cli.RunAsync("check", folder.Project, "--quiet"), "Fabrikam.DraftPlan does not compile: Pools.cs(15,59): error CS1525: ");
    }

    [Fact]
    public async Task An_analyzer_reference_that_is_not_built()
    {
        using var folder = new SampleCopy("Fabrikam.DraftPlan", "unbuilt-analyzer");
        var missing = folder.File(Path.Combine("unbuilt", "XmppTopology.Analyzers.dll"));
        File.WriteAllText(folder.Project, File.ReadAllText(folder.Project).Replace("</Project>", $"<ItemGroup><Analyzer Include=\"{missing}\" /></ItemGroup></Project>", System.StringComparison.Ordinal));
        folder.Restored();

        AssertRefused(await Cli.RunAsync("check", folder.Project, "--quiet"), $"Fabrikam.DraftPlan references the analyzer {missing}, which does not exist: build the project once (dotnet build)");
    }

    [Fact]
    public async Task A_project_without_the_analyzer()
    {
        using var folder = new SampleCopy("Fabrikam.DraftPlan", "no-analyzer");
        var project = File.ReadAllLines(folder.Project).Where(line => !line.Contains("OutputItemType=\"Analyzer\"", System.StringComparison.Ordinal));
        File.WriteAllLines(folder.Project, project);
        folder.Restored();

        AssertRefused(await Cli.RunAsync("check", folder.Project, "--quiet"), "no project references the XmppTopology analyzer");
    }

    [Fact]
    public async Task A_project_that_references_the_package_but_is_not_restored()
    {
        using var folder = new SampleCopy("Fabrikam.DraftPlan", "unrestored");
        var project = File.ReadAllLines(folder.Project).Where(line => !line.Contains("<ProjectReference ", System.StringComparison.Ordinal));
        File.WriteAllLines(folder.Project, project.Select(line => line.Replace("<ItemGroup>", "<ItemGroup><PackageReference Include=\"XmppTopology\" Version=\"0.1.0\" />", System.StringComparison.Ordinal)));

        AssertRefused(await Cli.RunAsync("check", folder.Project, "--quiet"), "Fabrikam.DraftPlan is not restored (no project.assets.json): run dotnet restore Fabrikam.DraftPlan.csproj, then check again");
    }

    [Fact]
    public async Task A_source_file_the_project_lists_but_that_is_missing()
    {
        using var folder = new SampleCopy("Fabrikam.DraftPlan", "missing-source");
        File.WriteAllText(folder.Project, File.ReadAllText(folder.Project).Replace("</Project>", "<ItemGroup><Compile Include=\"Users/Wave2.cs\" /></ItemGroup></Project>", System.StringComparison.Ordinal));
        folder.Restored();

        AssertRefused(await Cli.RunAsync("check", folder.Project, "--quiet"), "Fabrikam.DraftPlan lists Users/Wave2.cs, which does not exist (dotnet build: error CS2001)");
    }

    [Fact]
    public async Task A_review_folder_that_holds_an_earlier_review_is_left_as_it_is()
    {
        using var folder = new SampleCopy("Fabrikam.DraftPlan", "earlier-review");
        var earlier = Directory.CreateDirectory(folder.File("review")).FullName;
        File.WriteAllText(Path.Combine(earlier, "review.md"), "the reviewer's notes");

        AssertRefused(await Cli.RunAsync("review", folder.Project, "--out", earlier), $"'{earlier}' already holds review.md: pass --force to replace them, or name another --out folder");
        Assert.Equal("the reviewer's notes", File.ReadAllText(Path.Combine(earlier, "review.md")));
        Assert.Equal(["review.md"], Directory.EnumerateFiles(earlier).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_review_folder_that_is_a_file()
    {
        using var folder = new SampleCopy("Fabrikam.DraftPlan", "review-file");
        File.WriteAllText(folder.File("review"), "a file");

        AssertRefused(await Cli.RunAsync("review", folder.Project, "--out", folder.File("review")), "is a file; name a folder for fixes.patch, review.md, review.sarif and github-review.json");
        Assert.Equal("a file", File.ReadAllText(folder.File("review")));
    }

    [Fact]
    public async Task A_file_that_is_not_a_project()
    {
        using var folder = new SampleCopy("Fabrikam.DraftPlan", "not-a-project");

        AssertRefused(await Cli.RunAsync("check", folder.File("Pools.cs"), "--quiet"), "is neither a C# project (.csproj) nor a solution (.sln, .slnx)");
    }

    [Fact]
    public async Task An_unknown_format_is_refused_with_the_formats_and_a_pointer_to_help()
    {
        var (exitCode, output, error) = await Cli.RunAsync("check", ".", "--format", "xml");

        Assert.Equal((2, ""), (exitCode, output));
        Assert.StartsWith("xmpp-topology: Argument 'xml' not recognized. Must be one of:", error);
        Assert.EndsWith("Run 'xmpp-topology --help' for usage." + System.Environment.NewLine, error);
    }

    private static void AssertRefused((int ExitCode, string Output, string Error) run, string cause)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains(cause, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Single(run.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("xmpp-topology ", run.Error);
    }
}
