using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Cli.Fix;
using XmppTopology.Cli.Tests.Review;
using XmppTopology.Testing;

namespace XmppTopology.Cli.Tests.Fix;

/// <summary>
/// `fix` in process on copies of the draft plan: what it prints, --dry-run, --diagnostics, the
/// refusals, a pass that breaks the build, files that are not the project's own, and how files
/// are written.
/// </summary>
public class FixCommandTests
{
    private const string JonasMoves = """        users.User("sip:jonas.berg@fabrikam.com").HomedOn(Pools.Fe2015).MoveTo(Pools.Fe2019).Xmpp();""";
    private const string JonasStays = """        users.User("sip:jonas.berg@fabrikam.com").HomedOn(Pools.Fe2015).Xmpp();""";

    [Fact]
    public async Task Fix_prints_what_it_changed_per_file_as_the_readme_shows_and_exits_0()
    {
        using var draft = new SampleCopy("Fabrikam.DraftPlan", "fix").Restored();

        var (exitCode, output, error) = await Review.Cli.RunAsync("fix", draft.Folder);

        Assert.True(exitCode == 0, error + output);
        Assert.Equal(ReadmeOutput(), output.ReplaceLineEndings("\n"));
        Assert.Contains("  pass 1: 2 fix(es) applied, 0 finding(s) left", error);
        Assert.Contains(JonasStays, File.ReadAllLines(draft.File("FabrikamTopology.cs")));
        Assert.Empty(Directory.EnumerateFiles(draft.Folder, "*.tmp"));
    }

    [Fact]
    public async Task Dry_run_prints_a_patch_and_changes_nothing_diagnostics_filters_and_refusals_exit_2()
    {
        using var draft = new SampleCopy("Fabrikam.DraftPlan", "fix-dry").Restored();
        var source = draft.File("FabrikamTopology.cs");
        var before = File.ReadAllText(source);

        var (dryExit, patch, dryError) = await Review.Cli.RunAsync("fix", draft.Project, "--dry-run");

        Assert.True(dryExit == 0, dryError); // nothing at error severity would be left
        Assert.Equal(before, File.ReadAllText(source));
        Assert.StartsWith("diff --git a/FabrikamTopology.cs b/FabrikamTopology.cs\n", patch, StringComparison.Ordinal);
        Assert.Contains("-" + JonasMoves + "\n+" + JonasStays + "\n", patch, StringComparison.Ordinal);
        Assert.Contains("Would fix 2 finding(s) in 1 file(s) in 1 pass(es).", dryError);

        // The patch is the change the real run makes.
        File.WriteAllText(draft.File("fixes.patch"), patch);
        Review.Cli.Git(draft.Folder, "apply", "fixes.patch");
        var patched = File.ReadAllText(source);
        File.WriteAllText(source, before);

        var (onlyExit, onlyOutput, onlyError) = await Review.Cli.RunAsync("fix", draft.Project, "--diagnostics", "XMPP002", "--quiet");

        Assert.True(onlyExit == 0, onlyError + onlyOutput); // XMPP001 is left, but it was not asked for
        Assert.Equal("", onlyError);
        Assert.Contains("  15:18  XMPP002  Keep the legacy Edge edge15.fabrikam.com (drop the mark)", onlyOutput);
        Assert.DoesNotContain("XMPP001", onlyOutput);
        Assert.Contains(JonasMoves, File.ReadAllLines(source));

        var (unknownExit, unknownOutput, unknownError) = await Review.Cli.RunAsync("fix", draft.Project, "--diagnostics", "XMPP002", "CA1822", "--quiet");

        Assert.Equal(2, unknownExit);
        Assert.Equal("", unknownOutput);
        Assert.StartsWith("xmpp-topology fix: --diagnostics names no rule of the project's analyzer: CA1822 (its rules: TOPO001, ", unknownError, StringComparison.Ordinal);
        Assert.Single(unknownError.TrimEnd().Split('\n'));

        File.AppendAllText(draft.File("Pools.cs"), "\ninternal static class Broken { public static int Value => ; }\n");
        var pools = File.ReadAllText(draft.File("Pools.cs"));
        var (brokenExit, _, brokenError) = await Review.Cli.RunAsync("fix", draft.Project, "--quiet");

        Assert.Equal(2, brokenExit);
        Assert.StartsWith("xmpp-topology fix: Fabrikam.DraftPlan does not compile: Pools.cs(", brokenError, StringComparison.Ordinal);
        Assert.Equal(pools, File.ReadAllText(draft.File("Pools.cs")));
        Assert.Contains(JonasStays, patched.Split('\n'));
    }

    [Fact]
    public async Task A_pass_that_breaks_the_build_is_rolled_back_and_the_fixes_that_compile_alone_are_kept()
    {
        using var draft = new SampleCopy("Fabrikam.DraftPlan", "fix-sabotage");
        BreakingFixer.AddTo(draft);
        draft.Restored();

        var (exitCode, printed, error) = await Review.Cli.RunAsync("fix", draft.Project, "--quiet");
        var output = printed.ReplaceLineEndings("\n");

        Assert.True(exitCode == 1, error + output); // XMPP001 is left: its only fix breaks the build
        // Both errors at the line the fixed text has: the XMPP002 fix is applied when the XMPP001 fix is tried alone.
        const string Error = "FabrikamTopology.cs(28,86): CS0117 'Pools' does not contain a definition for 'NoSuchPool'";
        Assert.True(output.Contains($"rolled back: a pass of 2 fix(es) broke the build ({Error}): rolled back, then each fix tried alone\n", StringComparison.Ordinal), output);
        Assert.Contains($"rolled back: FabrikamTopology.cs(29,73) XMPP001: 'Break the build' not applied, it breaks the build ({Error})\n", output);
        Assert.Contains("  15:18  XMPP002  Keep the legacy Edge edge15.fabrikam.com (drop the mark)", output);
        Assert.Contains($"      its fix 'Break the build' breaks the build: {Error}\n", output);
        var fixedSource = File.ReadAllLines(draft.File("FabrikamTopology.cs"));
        Assert.Contains(JonasMoves, fixedSource);
        Assert.DoesNotContain("                .MarkForMigrationTo2019())", fixedSource);

        var (checkExit, checkOutput, checkError) = await Review.Cli.RunAsync("check", draft.Project, "--quiet");
        Assert.True(checkExit == 1, checkError); // it compiles: 2 would mean it does not
        Assert.Contains("1 error(s), 0 warning(s), 0 info(s) in 1 file(s)", checkOutput);
    }

    [Fact]
    public async Task A_file_linked_from_outside_the_project_folder_is_left_alone()
    {
        using var draft = new SampleCopy("Fabrikam.DraftPlan", "fix-linked");
        var shared = Path.Combine(draft.Folder, "..", Path.GetFileName(draft.Folder) + "-shared");
        Directory.CreateDirectory(shared);
        try
        {
            // The users move to a file of another folder that the project links in.
            var topology = File.ReadAllText(draft.File("FabrikamTopology.cs"));
            var plan = topology[topology.IndexOf("    private static void Plan", StringComparison.Ordinal)..topology.LastIndexOf('}')];
            File.WriteAllText(draft.File("FabrikamTopology.cs"), topology.Replace(plan, "", StringComparison.Ordinal).Replace("public static class", "public static partial class", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(shared, "Plan.cs"), $"using XmppTopology;\n\nnamespace Fabrikam.DraftPlan;\n\npublic static partial class FabrikamTopology\n{{\n{plan}}}\n");
            var linked = File.ReadAllText(Path.Combine(shared, "Plan.cs"));
            File.WriteAllText(draft.Project, File.ReadAllText(draft.Project).Replace("</Project>", $"  <ItemGroup><Compile Include=\"{Path.Combine(shared, "Plan.cs")}\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));
            draft.Restored();

            var (exitCode, output, error) = await Review.Cli.RunAsync("fix", draft.Project, "--quiet");

            Assert.True(exitCode == 1, error + output);
            Assert.Contains("  15:18  XMPP002  Keep the legacy Edge edge15.fabrikam.com (drop the mark)", output);
            Assert.Contains("which is not one of the project's own files", output);
            Assert.Equal(linked, File.ReadAllText(Path.Combine(shared, "Plan.cs")));
        }
        finally
        {
            Directory.Delete(shared, recursive: true);
        }
    }

    [Fact]
    public async Task A_fixed_file_keeps_its_byte_order_mark_line_endings_and_permissions()
    {
        using var draft = new SampleCopy("Fabrikam.DraftPlan", "fix-bytes").Restored();
        var source = draft.File("FabrikamTopology.cs");
        File.WriteAllText(source, File.ReadAllText(source).ReplaceLineEndings("\r\n"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(source, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        var (exitCode, output, error) = await Review.Cli.RunAsync("fix", draft.Project, "--quiet");

        Assert.True(exitCode == 0, error + output);
        var bytes = File.ReadAllBytes(source);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains(JonasStays + "\r\n", text, StringComparison.Ordinal);
        Assert.Equal(text.Split('\n').Length, text.Split("\r\n").Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(source));
        }

        Assert.Empty(Directory.EnumerateFiles(draft.Folder, "*.tmp"));
    }

    [Fact]
    public void A_file_that_changed_on_disk_since_it_was_loaded_is_not_written_nor_any_other()
    {
        var folder = Directory.CreateTempSubdirectory("xmpptopology-replace-").FullName;
        try
        {
            var first = Path.Combine(folder, "First.cs");
            var second = Path.Combine(folder, "Second.cs");
            File.WriteAllText(first, "class First { }\n");
            File.WriteAllText(second, "class Second { } // saved by an editor meanwhile\n");
            FixedFile[] files =
            [
                new("First.cs", first, SourceText.From("class First { }\n"), SourceText.From("class First { int fixedHere; }\n")),
                new("Second.cs", second, SourceText.From("class Second { }\n"), SourceText.From("class Second { int fixedHere; }\n")),
            ];

            var refused = Assert.Throws<CliException>(() => FileReplacer.ReplaceAll(files));

            Assert.Equal("Second.cs changed on disk while it was being fixed: nothing written, run the command again", refused.Message);
            Assert.Equal("class First { }\n", File.ReadAllText(first));
            Assert.Equal("class Second { } // saved by an editor meanwhile\n", File.ReadAllText(second));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The README's block after "xmpp-topology fix samples/Fabrikam.DraftPlan", paths as a copy of the sample outside git prints them.
    private static string ReadmeOutput()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var command = readme.IndexOf("dotnet run --project src/Cli -- fix samples/Fabrikam.DraftPlan\n", StringComparison.Ordinal);
        Assert.True(command >= 0, "the README shows no fix run of the draft plan");
        var start = readme.IndexOf("```\n", readme.IndexOf("```\n", command, StringComparison.Ordinal) + 4, StringComparison.Ordinal) + 4;
        var end = readme.IndexOf("```\n", start, StringComparison.Ordinal);
        return readme[start..end].Replace("samples/Fabrikam.DraftPlan/", "", StringComparison.Ordinal);
    }
}
