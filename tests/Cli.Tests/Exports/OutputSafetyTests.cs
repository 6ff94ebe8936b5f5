using System.IO;
using System.Linq;

namespace XmppTopology.Cli.Tests.Exports;

/// <summary>The import never loses a file: what exists is refused unless --force, and nothing is ever half-written.</summary>
public class OutputSafetyTests
{
    private static readonly string Adatum = ImportFixtures.Topology("Adatum.Coexistence.tbxml");

    [Fact]
    public void A_hand_written_file_in_the_folder_is_refused_and_nothing_is_written()
    {
        var folder = ImportFixtures.NewFolder();
        var handWritten = Path.Combine(folder, "AdatumTopologyUsers001.cs");
        File.WriteAllText(handWritten, "// my users, typed by hand\n");

        var (exitCode, _, error) = ImportFixtures.Run("import", Adatum, "--users", PowerShellExports.File("users-utf8.csv"), "-o", folder);

        Assert.Equal(2, exitCode);
        Assert.Equal($"xmpp-topology import: '{handWritten}' exists; pass --force to overwrite it\n", error.ReplaceLineEndings("\n"));
        Assert.Equal("// my users, typed by hand\n", File.ReadAllText(handWritten));
        Assert.Equal(["AdatumTopologyUsers001.cs"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void With_force_the_files_are_replaced_whole_and_no_temporary_file_is_left()
    {
        var folder = ImportFixtures.NewFolder();
        File.WriteAllText(Path.Combine(folder, "AdatumTopology.cs"), "// an older import\n");

        var (exitCode, _, error) = ImportFixtures.Run("import", Adatum, "--users", PowerShellExports.File("users-utf8.csv"), "-o", folder, "--force");

        Assert.Equal(0, exitCode);
        Assert.Contains("Imported 1 central site(s) and 3 pool(s), 5 user(s) from Adatum.Coexistence.tbxml, users-utf8.csv into", error);
        Assert.Equal(["AdatumTopology.cs", "AdatumTopologyUsers001.cs"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        Assert.StartsWith("// Imported from Adatum.Coexistence.tbxml and users-utf8.csv", File.ReadAllText(Path.Combine(folder, "AdatumTopology.cs")));
    }

    [Fact]
    public void An_existing_output_file_of_a_topology_alone_is_refused_too()
    {
        var input = ImportFixtures.WriteFile(ImportFixtures.Contoso);
        var target = Path.Combine(Path.GetDirectoryName(input)!, "ContosoTopology.cs");
        File.WriteAllText(target, "// hand-written\n");

        var (exitCode, _, error) = ImportFixtures.Run("import", input, "-o", target);

        Assert.Equal(2, exitCode);
        Assert.Contains("exists; pass --force to overwrite it", error);
        Assert.Equal("// hand-written\n", File.ReadAllText(target));
        Assert.Equal(0, ImportFixtures.Run("import", input, "-o", target, "--force").ExitCode);
        Assert.StartsWith("// Imported from Topology.tbxml", File.ReadAllText(target));
    }

    [Fact]
    public void Exports_without_a_folder_are_refused_before_anything_is_read()
    {
        var (exitCode, output, error) = ImportFixtures.Run("import", Adatum, "--users", Path.Combine(ImportFixtures.NewFolder(), "missing.csv"));

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Equal("xmpp-topology import: --users, --policies and --partners write several files: name a folder with -o <folder>\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Exports_with_an_output_that_is_a_file_are_refused()
    {
        var file = Path.Combine(ImportFixtures.NewFolder(), "Topology.cs");
        File.WriteAllText(file, "");

        var (exitCode, _, error) = ImportFixtures.Run("import", Adatum, "--users", PowerShellExports.File("users-utf8.csv"), "-o", file);

        Assert.Equal(2, exitCode);
        Assert.Contains("is a file; the import writes a topology file and users files into a folder", error);
    }

    [Fact]
    public void A_topology_alone_into_an_existing_folder_is_written_as_its_class_file()
    {
        var folder = ImportFixtures.NewFolder();

        Assert.Equal(0, ImportFixtures.Run("import", Adatum, "-o", folder).ExitCode);

        Assert.Equal(["AdatumTopology.cs"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }
}
