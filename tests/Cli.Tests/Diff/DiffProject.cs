using System;
using System.IO;
using XmppTopology.Testing;

namespace XmppTopology.Cli.Tests.Diff;

/// <summary>A user's topology project in a temporary folder: the Contoso import (edited or not) beside a copy of Contoso.tbxml, restored.</summary>
internal sealed class DiffProject : IDisposable
{
    public DiffProject(string code, params (string Name, string Text)[] files)
    {
        Folder = Path.Combine(Path.GetTempPath(), "xmpptopology-diff-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Project = Path.Combine(Folder, "Deployment.csproj");
        var dsl = Path.Combine(Repository.Root, "src", "Topology.Dsl", "Topology.Dsl.csproj");
        File.WriteAllText(Project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{dsl}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Folder, "ContosoTopology.cs"), code);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(Folder, name), text);
        }

        File.WriteAllText(Path.Combine(Folder, "Contoso.tbxml"), ImportFixtures.Contoso);
        var (exitCode, output) = DotnetCli.Run(Folder, "restore", "--nologo");
        Assert.True(exitCode == 0, output);
    }

    public string Folder { get; }

    public string Project { get; }

    public string TopologyFile => Path.Combine(Folder, "Contoso.tbxml");

    /// <summary>Copies a file (a users export) into the project's folder, so the diff names it by its name, and returns its path there.</summary>
    public string Copy(string path, string? name = null)
    {
        var copy = Path.Combine(Folder, name ?? Path.GetFileName(path));
        File.Copy(path, copy);
        return copy;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
