using System;
using System.IO;
using System.Linq;
using XmppTopology.Testing;

namespace XmppTopology.Package.Tests;

/// <summary>
/// The XmppTopology package packed into a temporary folder feed, and fresh consumer projects that
/// install it from there as a user would: their own NuGet.config adds the folder to the machine's
/// default sources, and their own packages folder keeps every run clean.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "xmpptopology-package-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        var (exitCode, output) = Dotnet(RepositoryRoot, "pack", Path.Combine("src", "Topology.Dsl"), "--no-build", "-c", Configuration, "-o", Feed);
        if (exitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + output);
        }

        Package = Directory.GetFiles(Feed, "XmppTopology.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        Version = Path.GetFileNameWithoutExtension(Package)["XmppTopology.".Length..];
    }

    public string Root { get; }

    public string Feed { get; }

    public string Package { get; }

    public string Version { get; }

    public static string RepositoryRoot => Repository.Root;

    // The solution build the tests ran after: pack reuses its output.
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    /// <summary>A new consumer project with these files (name → text); the project file is written here.</summary>
    public string Consumer(string name, bool referencePackage = true, params (string Name, string Text)[] files)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="xmpptopology-under-test" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        var reference = referencePackage ? $"""<PackageReference Include="XmppTopology" Version="{Version}" />""" : "";
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{Path.Combine(Root, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                {reference}
              </ItemGroup>
            </Project>
            """);
        foreach (var (fileName, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, fileName), text);
        }

        return folder;
    }

    public static (int ExitCode, string Output) Dotnet(string folder, params string[] arguments) => DotnetCli.Run(folder, arguments);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
