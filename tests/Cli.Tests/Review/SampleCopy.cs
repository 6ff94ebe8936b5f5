using System;
using System.IO;
using XmppTopology.Testing;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>A sample copied into a temporary folder as a user's own project, restored so it loads as `dotnet build` sees it; deleted on dispose.</summary>
internal sealed class SampleCopy : IDisposable
{
    /// <param name="sample">The sample's folder under samples/.</param>
    /// <param name="purpose">A word in the temporary folder's name.</param>
    /// <param name="projectFolder">A folder under the temporary one to copy the sample into (a repository that holds the project below its root), or null for the temporary folder itself.</param>
    public SampleCopy(string sample, string purpose, string? projectFolder = null)
    {
        Root = Path.Combine(Path.GetTempPath(), $"xmpptopology-{purpose}-{Guid.NewGuid():N}");
        Folder = projectFolder is null ? Root : Path.Combine(Root, projectFolder);
        DotnetCli.CopySample(sample, Folder);
        Project = Path.Combine(Folder, sample + ".csproj");
    }

    /// <summary>The temporary folder.</summary>
    public string Root { get; }

    /// <summary>The project's folder.</summary>
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
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
