using System.IO;
using System.Threading.Tasks;
using XmppTopology.Testing;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>
/// The draft plan, copied and built once for the tests that share it: the build fails at the
/// topology errors, as it should, and builds the analyzer and fix projects the sample references
/// as analyzers, which the CLI loads. Its review is computed once too.
/// </summary>
public sealed class DraftPlan : IAsyncLifetime, System.IDisposable
{
    private readonly SampleCopy copy = new("Fabrikam.DraftPlan", "draft");

    public string Folder => copy.Folder;

    public string Project => copy.Project;

    /// <summary>What `dotnet build` printed.</summary>
    public string BuildOutput { get; private set; } = "";

    /// <summary>Where the in-process review of the unchanged plan wrote its files.</summary>
    public string ReviewFolder => Path.Combine(Folder, "review");

    public (int ExitCode, string Output, string Error) Review { get; private set; }

    public string ReviewFile(string name) => File.ReadAllText(Path.Combine(ReviewFolder, name));

    public async Task InitializeAsync()
    {
        var (exitCode, output) = DotnetCli.Run(Folder, "build", "--nologo", "-clp:NoSummary");
        Assert.True(exitCode != 0, "the draft plan must fail to build: " + output);
        BuildOutput = output;
        Review = await Cli.RunAsync("review", Project, "--out", ReviewFolder);
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => copy.Dispose();
}

[CollectionDefinition(Name)]
public sealed class DraftPlanTests : ICollectionFixture<DraftPlan>
{
    public const string Name = "Draft plan";
}
