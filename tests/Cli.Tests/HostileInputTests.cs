using System;
using System.IO;
using System.Linq;
using System.Text;

namespace XmppTopology.Cli.Tests;

/// <summary>Broken and hostile files: one clear error, exit code 2, nothing written, no entity resolved.</summary>
public class HostileInputTests
{
    [Fact]
    public void An_external_entity_is_refused_and_never_read()
    {
        var secret = Path.Combine(Path.GetTempPath(), "xmpptopology-secret-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(secret, "frontendpool.contoso.com");
        var file = $"""
            <?xml version="1.0"?>
            <!DOCTYPE TopologyBuilder [ <!ENTITY secret SYSTEM "file://{secret}"> ]>
            <TopologyBuilder xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008">&secret;</TopologyBuilder>
            """;

        var error = AssertRefused(file);

        Assert.Contains("DTD", error);
        Assert.Contains("(line 2, position", error);
        File.Delete(secret);
    }

    [Fact]
    public void A_billion_laughs_file_is_refused()
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">"));
        var file = $"""
            <?xml version="1.0"?>
            <!DOCTYPE TopologyBuilder [ <!ENTITY lol0 "lol"> {entities} ]>
            <TopologyBuilder xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008">&lol9;</TopologyBuilder>
            """;

        Assert.Contains("DTD", AssertRefused(file));
    }

    [Fact]
    public void A_truncated_file_is_refused_with_its_line_and_position()
    {
        var truncated = ImportFixtures.Contoso[..(ImportFixtures.Contoso.Length / 2)];

        var error = AssertRefused(truncated);

        Assert.Contains("not valid XML", error);
        Assert.Matches(@"\(line \d+, position \d+\)", error);
    }

    [Fact]
    public void A_50_MB_file_is_refused_without_being_parsed()
    {
        var big = new StringBuilder("<TopologyBuilder xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008\"><!--");
        big.Append('x', 50 * 1024 * 1024).Append("--></TopologyBuilder>");

        var error = AssertRefused(big.ToString());

        Assert.Contains("MB", error);
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var file = "<TopologyBuilder xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008\">"
            + string.Concat(Enumerable.Repeat("<a>", 200)) + string.Concat(Enumerable.Repeat("</a>", 200)) + "</TopologyBuilder>";

        Assert.Contains("nested deeper than 64", AssertRefused(file));
    }

    [Fact]
    public void An_unknown_schema_is_refused_naming_the_root_element()
    {
        var error = AssertRefused("<Inventory xmlns=\"urn:example\"><Server /></Inventory>");

        Assert.Contains("'Inventory' in namespace 'urn:example' is neither a Topology Builder file", error);
        Assert.Contains("(line 1, position 2)", error);
    }

    [Fact]
    public void A_missing_file_is_a_one_line_error()
    {
        var (exitCode, _, error) = ImportFixtures.Run("import", Path.Combine(Path.GetTempPath(), "no-such-topology.tbxml"));

        Assert.Equal(2, exitCode);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("xmpp-topology import: ", error);
    }

    [Fact]
    public void A_bad_class_name_is_refused_before_anything_is_read()
    {
        var (exitCode, _, error) = ImportFixtures.Run("import", ImportFixtures.WriteFile(ImportFixtures.Contoso), "--class", "not a name");

        Assert.Equal(2, exitCode);
        Assert.Contains("--class 'not a name' is not a C# class name", error);
    }

    [Fact]
    public void A_good_import_writes_the_whole_output_file()
    {
        var input = ImportFixtures.WriteFile(ImportFixtures.Contoso);
        var target = Path.Combine(Path.GetDirectoryName(input)!, "ContosoTopology.cs");

        var (exitCode, output, error) = ImportFixtures.Run("import", input, "-o", target);

        Assert.Equal(0, exitCode);
        Assert.Empty(output);
        Assert.Contains("Imported 1 central site(s) and 2 pool(s) from Topology.tbxml", error);
        Assert.Equal(ImportFixtures.Import(ImportFixtures.Contoso), File.ReadAllText(target));
        Assert.Equal(["ContosoTopology.cs", "Topology.tbxml"], Directory.GetFiles(Path.GetDirectoryName(input)!).Select(Path.GetFileName).Order());
    }

    // The import fails with exit code 2 and one error, and leaves no output file behind.
    private static string AssertRefused(string text)
    {
        var input = ImportFixtures.WriteFile(text);
        var target = Path.Combine(Path.GetDirectoryName(input)!, "Out.cs");

        var (exitCode, output, error) = ImportFixtures.Run("import", input, "-o", target);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("xmpp-topology import: Topology.tbxml: ", error);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(input)!));
        return error;
    }
}
