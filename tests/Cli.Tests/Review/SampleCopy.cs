using System;
using System.IO;
using XmppTopology.Testing;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>A sample copied into a temporary folder as a user's own project, restored so it loads as `dotnet build` sees it; deleted on dispose.</summary>
internal sealed class SampleCopy : IDisposable
{
    public SampleCopy(string sample, string purpose)
    {
        Folder = Path.Combine(Path.GetTempPath(), $"xmpptopology-{purpose}-{Guid.NewGuid():N}");
        DotnetCli.CopySample(sample, Folder);
        Project = Path.Combine(Folder, sample + ".csproj");
    }

    public string Folder { get; }

    public string Project { get; }

    public string File(string name) => Path.Combine(Folder, name);

    /// <summary>`dotnet restore`: what MSBuildWorkspace needs before it can load the project.</summary>
    public SampleCopy Restored()
    {
        var (exitCode, output) = DotnetCli.Run(Folder, "restore", "--nologo");
        Assert.True(exitCode == 0, output);
        return this;
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
