using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace XmppTopology.Package.Tests;

/// <summary>What a user gets from the one package: the DSL, the analyzer in their build, severities, suppressions, SARIF.</summary>
[Collection(PackageFeedTests.Name)]
public class PackageTests(PackageFeed feed)
{
    private const string Violations = """
        using XmppTopology;

        public static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge13.contoso.com", ProductVersion.LyncServer2013, edge => edge.XmppProxy())
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().MarkForRemoval()))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe19.contoso.com").Xmpp()));
        }
        """;

    [Fact]
    public void The_package_has_exactly_the_DSL_the_analyzer_and_the_fixes()
    {
        using var package = ZipFile.OpenRead(feed.Package);
        var content = package.Entries
            .Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal) && name != "[Content_Types].xml")
            .OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(
            [
                "PACKAGE.md",
                "XmppTopology.nuspec",
                "analyzers/dotnet/cs/XmppTopology.Analyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/XmppTopology.Analyzers.dll",
                "build/XmppTopology.targets",
                "buildTransitive/XmppTopology.targets",
                "icon.png",
                "lib/netstandard2.0/XmppTopology.Dsl.dll",
                "lib/netstandard2.0/XmppTopology.Dsl.xml",
                "tools/ready-to-run/linux-x64/XmppTopology.Analyzers.CodeFixes.dll",
                "tools/ready-to-run/linux-x64/XmppTopology.Analyzers.dll",
            ],
            content);

        // The analyzer twice: IL only for every host, and with native code beside the same IL for one.
        Assert.False(HasNativeCode(package, "analyzers/dotnet/cs/XmppTopology.Analyzers.dll"));
        Assert.True(HasNativeCode(package, "tools/ready-to-run/linux-x64/XmppTopology.Analyzers.dll"));
        Assert.Equal(AssemblyIdentity(package, "analyzers/dotnet/cs/XmppTopology.Analyzers.dll"), AssemblyIdentity(package, "tools/ready-to-run/linux-x64/XmppTopology.Analyzers.dll"));
        using var nuspec = new StreamReader(package.GetEntry("XmppTopology.nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", metadata);
        Assert.Contains("<readme>PACKAGE.md</readme>", metadata);
        Assert.Contains("<icon>icon.png</icon>", metadata);
        Assert.Contains("<repository type=\"git\" url=\"https://github.com/xmpptopology/xmpptopology\"", metadata);
        Assert.DoesNotContain("<dependency ", metadata); // nothing of Roslyn leaks into the user's dependencies
    }

    [SkippableFact]
    public void On_Linux_x64_the_build_loads_the_precompiled_analyzer_which_reports_what_the_IL_one_reports()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64, "the precompiled analyzer is made for Linux x64 only");
        var project = feed.Consumer("ReadyToRun", files: ("Topology.cs", Violations));

        var (_, precompiled) = PackageFeed.Dotnet(project, "build", "--no-incremental", "-v:n");
        var (_, ilOnly) = PackageFeed.Dotnet(project, "build", "--no-incremental", "-v:n", "-p:XmppTopologyReadyToRun=false");

        Assert.Matches(new Regex(@"/analyzer:\S*/tools/ready-to-run/linux-x64/XmppTopology\.Analyzers\.dll"), precompiled);
        Assert.DoesNotMatch(new Regex(@"/analyzer:\S*/analyzers/dotnet/cs/XmppTopology\.Analyzers"), precompiled);
        Assert.Matches(new Regex(@"/analyzer:\S*/analyzers/dotnet/cs/XmppTopology\.Analyzers\.dll"), ilOnly);
        Assert.NotEmpty(Diagnostics(precompiled));
        Assert.Equal(Diagnostics(ilOnly), Diagnostics(precompiled));
    }

    [Fact]
    public void A_violating_topology_fails_the_build_with_XMPP001_and_XMPP002_at_their_lines()
    {
        var project = feed.Consumer("Violating", files: ("Topology.cs", Violations));

        var (exitCode, output) = PackageFeed.Dotnet(project, "build");

        Assert.NotEqual(0, exitCode);
        Assert.Matches(new Regex(@"Topology\.cs\(11,61\): error XMPP001: User 'sip:alice@contoso\.com'"), output);
        Assert.Matches(new Regex(@"Topology\.cs\(10,107\): error XMPP002: Edge pool 'edge15\.contoso\.com'"), output);
    }

    [Fact]
    public void A_clean_topology_builds_without_a_topology_diagnostic()
    {
        var clean = Violations.Replace(".MarkForRemoval()", "", StringComparison.Ordinal).Replace("HomedOn(\"fe19", "HomedOn(\"fe15", StringComparison.Ordinal);
        var project = feed.Consumer("Clean", files: ("Topology.cs", clean));

        var (exitCode, output) = PackageFeed.Dotnet(project, "build");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotMatch(new Regex(@"\b(XMPP|TOPO)\d{3}\b"), output);
    }

    [Fact]
    public void Severities_set_in_editorconfig_are_obeyed()
    {
        var project = feed.Consumer(
            "Severities",
            files:
            [
                ("Topology.cs", Violations),
                (".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.XMPP001.severity = warning\ndotnet_diagnostic.XMPP002.severity = none\n"),
            ]);

        var (exitCode, output) = PackageFeed.Dotnet(project, "build");

        Assert.True(exitCode == 0, output);
        Assert.Contains("warning XMPP001", output);
        Assert.DoesNotContain("XMPP002", output);
    }

    [Fact]
    public void The_SARIF_log_carries_the_rules_metadata_and_each_suppression_with_its_justification()
    {
        var suppressed = Violations
            .Replace("using XmppTopology;", "using System.Diagnostics.CodeAnalysis;\nusing XmppTopology;", StringComparison.Ordinal)
            .Replace(
                "    public static Topology Build()",
                "    [SuppressMessage(\"XmppFederation\", \"XMPP001:XMPP user on a Skype for Business Server 2019 pool\", Justification = \"Pilot user: the partner team accepts the XMPP loss\")]\n#pragma warning disable XMPP002 // the Edge is rebuilt in place\n    public static Topology Build()",
                StringComparison.Ordinal);
        var project = feed.Consumer("Sarif", files: ("Topology.cs", suppressed));

        var (exitCode, output) = PackageFeed.Dotnet(project, "build", "-p:ErrorLog=results.sarif%2Cversion=2.1");

        Assert.True(exitCode == 0, output);
        using var log = JsonDocument.Parse(File.ReadAllText(Path.Combine(project, "results.sarif")));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var run = log.RootElement.GetProperty("runs")[0];
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "XMPP001");
        Assert.Equal("XMPP user on a Skype for Business Server 2019 pool", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.EndsWith("/docs/rules/XMPP001.md", rule.GetProperty("helpUri").GetString());
        Assert.Equal("XmppFederation", rule.GetProperty("properties").GetProperty("category").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        var xmpp001 = results.Single(r => r.GetProperty("ruleId").GetString() == "XMPP001");
        var suppression = xmpp001.GetProperty("suppressions")[0];
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("Pilot user: the partner team accepts the XMPP loss", suppression.GetProperty("justification").GetString());
        var xmpp002 = results.Single(r => r.GetProperty("ruleId").GetString() == "XMPP002");
        Assert.Equal("inSource", xmpp002.GetProperty("suppressions")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void A_project_that_references_the_package_but_uses_no_DSL_builds_without_a_warning()
    {
        var project = feed.Consumer("NoDsl", files: ("Plain.cs", "public static class Plain\n{\n    public static int Twice(int x) => x * 2;\n}\n"));

        var (exitCode, output) = PackageFeed.Dotnet(project, "build", "-warnaserror");

        Assert.True(exitCode == 0, output);
        Assert.Contains("0 Warning(s)", output);
    }

    // Our diagnostics as MSBuild prints them (inline and in the summary), each once.
    private static string[] Diagnostics(string output) =>
        Regex.Matches(output, @"\S+\(\d+,\d+\): (error|warning) (XMPP|TOPO)\d{3}: [^\[]*").Select(m => m.Value.Trim()).Distinct().Order(StringComparer.Ordinal).ToArray();

    // Whether an assembly carries precompiled (ReadyToRun) code: its CLI header names a native header.
    private static bool HasNativeCode(ZipArchive package, string entry)
    {
        using var pe = new PEReader(new MemoryStream(Bytes(package, entry)));
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static string AssemblyIdentity(ZipArchive package, string entry)
    {
        using var pe = new PEReader(new MemoryStream(Bytes(package, entry)));
        var reader = pe.GetMetadataReader();
        var definition = reader.GetAssemblyDefinition();
        return $"{reader.GetString(definition.Name)} {definition.Version} {reader.GetGuid(reader.GetModuleDefinition().Mvid)}";
    }

    private static byte[] Bytes(ZipArchive package, string entry)
    {
        using var stream = package.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
