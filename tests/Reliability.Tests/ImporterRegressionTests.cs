using System.Linq;
using System.Threading.Tasks;
using XmppTopology.Cli.Import;

namespace XmppTopology.Reliability.Tests;

/// <summary>Bugs the hostile-input tests found in the importer, each kept as a named test.</summary>
public class ImporterRegressionTests
{
    /// <summary>
    /// Found by An_invalid_encoding_is_a_one_line_error ("UTF-32 byte order mark on UTF-8"): the
    /// XmlException that XmlReader.Create throws while it detects the encoding escaped the
    /// importer's error handling, so the command printed "Unhandled exception" with a stack trace
    /// and exited with code 1 instead of one line and code 2.
    /// </summary>
    [Fact]
    public async Task Regression_a_byte_order_mark_that_is_not_the_file_encoding_is_a_one_line_error()
    {
        byte[] file = [0x00, 0x00, 0xFE, 0xFF, .. System.Text.Encoding.UTF8.GetBytes($"<TopologyBuilder xmlns=\"{ImporterHarness.BuilderNamespace}\" />")];

        var error = await ImporterHarness.AssertRefusedAsync(file);

        Assert.Contains("the file is not valid XML: Invalid character in the given encoding. (line 1, position 1)", error);
    }

    /// <summary>
    /// Found by A_1_GB_stream_is_refused_after_reading_at_most_the_size_limit ("deep nesting"):
    /// the depth limit was checked after XDocument.Load, which takes time quadratic in the depth
    /// (100,000 levels: about 36 s; the 16 MB allowed, about 5 million levels: hours). The limit is
    /// now enforced while reading: the refusal comes at level 65, a few kilobytes into the file.
    /// </summary>
    [Fact]
    public async Task Regression_nesting_is_refused_while_reading_not_after_loading()
    {
        var root = $"<TopologyBuilder xmlns=\"{ImporterHarness.BuilderNamespace}\">";
        using var stream = new ImporterHarness.GeneratedStream(root, "<a>", 1024L * 1024 * 1024, seekable: false);

        var refused = await Task.Run(() => Assert.Throws<TopologyFileException>(() => TopologyFileReader.Read(stream))).WaitAsync(System.TimeSpan.FromSeconds(60));

        Assert.Equal($"elements are nested deeper than {SafeXml.MaxDepth} levels (line 1, position {root.Length + (3 * (SafeXml.MaxDepth - 1)) + 2})", refused.Message);
        Assert.True(stream.BytesRead <= 1024 * 1024, $"read {stream.BytesRead:N0} bytes before refusing");
    }

    [Fact]
    public async Task Nesting_100_000_deep_in_a_file_is_refused_through_the_command()
    {
        var file = $"<TopologyBuilder xmlns=\"{ImporterHarness.BuilderNamespace}\">" + string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)) + "</TopologyBuilder>";

        Assert.Contains("nested deeper than 64", await ImporterHarness.AssertRefusedAsync(System.Text.Encoding.UTF8.GetBytes(file)));
    }

    /// <summary>
    /// Found by Truncated_and_corrupted_files_are_imported_or_refused_never_crash in the long mode
    /// (seed 20261125, case 954: byte 20952 of the Contoso fixture deleted, a closing quote): the
    /// XmlException message quotes the offending character, here a line break, so the "one line"
    /// error was two lines. Control characters in an error are now escaped.
    /// </summary>
    [Fact]
    public async Task Regression_an_error_that_quotes_a_line_break_stays_on_one_line()
    {
        // As the fuzz test reads it: the text, without its byte order mark, as UTF-8.
        var fixture = System.Text.Encoding.UTF8.GetBytes(await System.IO.File.ReadAllTextAsync(System.IO.Path.Combine(XmppTopology.Testing.Repository.Root, "tests", "Cli.Tests", "Fixtures", "Contoso.tbxml")));
        byte[] file = [.. fixture[..20952], .. fixture[20953..]];

        var error = await ImporterHarness.AssertRefusedAsync(file);

        Assert.True(error.Contains("(line 203, position 61)", System.StringComparison.Ordinal) && error.Contains(@"\n", System.StringComparison.Ordinal), error);
    }
}
