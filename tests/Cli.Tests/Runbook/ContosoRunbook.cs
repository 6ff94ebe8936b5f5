using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using XmppTopology.Analyzers.Tests.Infrastructure;
using SampleCopy = XmppTopology.Cli.Tests.Review.SampleCopy;

namespace XmppTopology.Cli.Tests.Runbook;

/// <summary>
/// The Contoso sample, copied and restored once, its runbook written by the CLI as a dry run and
/// with --apply; and its plan built independently of the CLI, by compiling the sample's sources
/// and running ContosoTopology.Build().
/// </summary>
public sealed class ContosoRunbook : IAsyncLifetime, System.IDisposable
{
    private readonly SampleCopy copy = new("Contoso.Migration", "runbook");

    public string Project => copy.Project;

    public string DryRunFolder => Path.Combine(copy.Folder, "dry");

    public string ApplyFolder => Path.Combine(copy.Folder, "apply");

    public (int ExitCode, string Output, string Error) DryRun { get; private set; }

    public (int ExitCode, string Output, string Error) Apply { get; private set; }

    public Topology Topology { get; private set; } = null!;

    public MigrationRunbook Plan => Topology.Runbook();

    /// <summary>The deployment as the plan finds it: every user on its home pool, and one of the two partners already configured.</summary>
    public object InitialState => new
    {
        homes = Topology.Users.ToDictionary(u => u.SipAddress!, u => u.Home!.Name!),
        partners = new[] { "im.litware.com" },
    };

    /// <summary>Where the plan puts each user.</summary>
    public Dictionary<string, string> PlannedHomes => Topology.Users.ToDictionary(u => u.SipAddress!, u => (u.PlannedMove ?? u.Home)!.Name!);

    public async Task InitializeAsync()
    {
        copy.Restored();
        Topology = Build();
        DryRun = await XmppTopology.Cli.Tests.Review.Cli.RunAsync("runbook", copy.Project, "--out", DryRunFolder);
        Apply = await XmppTopology.Cli.Tests.Review.Cli.RunAsync("runbook", copy.Project, "--out", ApplyFolder, "--apply");
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => copy.Dispose();

    private static Topology Build()
    {
        var compilation = TopologyCompilation.Create(TopologyCompilation.Sample("Contoso.Migration"));
        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        var type = System.Reflection.Assembly.Load(image.ToArray()).GetType("Contoso.Migration.ContosoTopology", throwOnError: true)!;
        return (Topology)type.GetMethod("Build")!.Invoke(null, null)!;
    }
}

[CollectionDefinition(Name)]
public sealed class ContosoRunbookTests : ICollectionFixture<ContosoRunbook>
{
    public const string Name = "Contoso runbook";
}
