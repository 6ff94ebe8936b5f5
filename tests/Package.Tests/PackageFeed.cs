using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using XmppTopology.Testing;

namespace XmppTopology.Package.Tests;

/// <summary>
/// This repository's packages (XmppTopology, XmppTopology.Cli, XmppTopology.Templates) packed once
/// per test run into a temporary folder feed, shared by every test of this project; and fresh
/// consumers that install from there as a user would. Consumers have their own packages folder,
/// so a run never sees a package of an earlier build with the same version.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    private static readonly string[] Packed = ["Topology.Dsl", "Cli", "Templates"];

    public PackageFeed()
        : this(Packed)
    {
    }

    /// <summary>
    /// A feed of only these projects under src/: the benchmark's real builds need only the
    /// XmppTopology package, and <c>dotnet run --project bench/…</c> builds only what that
    /// package is made of (pack reuses the build, so a project not built cannot be packed).
    /// Internal: xunit takes a fixture with one public constructor only.
    /// </summary>
    internal PackageFeed(params string[] projects)
    {
        Root = Path.Combine(Path.GetTempPath(), "xmpptopology-package-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        foreach (var project in projects)
        {
            var (exitCode, output) = Dotnet(RepositoryRoot, "pack", Path.Combine("src", project), "--no-build", "-c", Configuration, "-o", Feed);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack src/{project} failed:\n" + output);
            }
        }

        Version = Path.GetFileNameWithoutExtension(Directory.GetFiles(Feed, "XmppTopology.*.nupkg").Single(p => char.IsDigit(Path.GetFileName(p)["XmppTopology.".Length])))["XmppTopology.".Length..];
        Package = PathOf("XmppTopology");
    }

    public string Root { get; }

    public string Feed { get; }

    /// <summary>The packages folder of every consumer (NUGET_PACKAGES of <see cref="AsUser"/>).</summary>
    public string Packages { get; }

    /// <summary>The XmppTopology package.</summary>
    public string Package { get; }

    /// <summary>The version of all three packages (from git, as MinVer computes it).</summary>
    public string Version { get; }

    /// <summary>The projects under src/ that are packed into the feed.</summary>
    public static string[] PackedProjects => Packed;

    public static string RepositoryRoot => Repository.Root;

    // The solution build the tests ran after: pack reuses its output.
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    /// <summary>The .nupkg of a package id in the feed.</summary>
    public string PathOf(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

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
                <RestorePackagesPath>{Packages}</RestorePackagesPath>
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

    /// <summary>
    /// A program run as a new user of this machine whose home is <paramref name="home"/>: their own
    /// NuGet.Config (the machine's default sources and what they add), dotnet tools and templates,
    /// the shared packages folder of this run.
    /// </summary>
    public ProcessStartInfo AsUser(string program, string home)
    {
        var start = new ProcessStartInfo(program);
        start.Environment["HOME"] = home;
        start.Environment["DOTNET_CLI_HOME"] = home;
        start.Environment["NUGET_PACKAGES"] = Packages;
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1";
        start.Environment["PATH"] = Path.Combine(home, ".dotnet", "tools") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        return start;
    }

    public static (int ExitCode, string Output) Dotnet(string folder, params string[] arguments) => DotnetCli.Run(folder, arguments);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
