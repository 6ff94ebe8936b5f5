using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Tests.Infrastructure;
using XmppTopology.Cli.Import;
using XmppTopology.Testing;
using Xunit.Abstractions;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// The importer against hostile input: external entities (a local file, a URL on a listening
/// socket that must never be contacted), entity bombs, a 1 GB stream generated lazily, deep
/// nesting, invalid encodings, truncated and corrupted files. Each one ends in one clear line,
/// exit code 2 and no output file, within bounded time and memory; a corrupted file that still
/// imports gives code that compiles. tests/Cli.Tests/HostileInputTests.cs has the first cases of
/// each kind through the command; these add what the issue names and it does not.
/// </summary>
public class ImporterHostileInputTests(ITestOutputHelper output)
{
    private static readonly int CorruptedCases = Environment.GetEnvironmentVariable("XMPPTOPOLOGY_LONG") == "1" ? 20_000 : 400;

    private static string Contoso => File.ReadAllText(Path.Combine(Repository.Root, "tests", "Cli.Tests", "Fixtures", "Contoso.tbxml"));

    public static TheoryData<string, string> ExternalEntities() => new()
    {
        { "general entity to a URL", "<!DOCTYPE TopologyBuilder [ <!ENTITY ext SYSTEM \"{url}\"> ]>\n<TopologyBuilder xmlns=\"" + ImporterHarness.BuilderNamespace + "\">&ext;</TopologyBuilder>" },
        { "public identifier to a URL", "<!DOCTYPE TopologyBuilder PUBLIC \"-//X//Y\" \"{url}\">\n<TopologyBuilder xmlns=\"" + ImporterHarness.BuilderNamespace + "\" />" },
        { "external DTD subset", "<!DOCTYPE TopologyBuilder SYSTEM \"{url}\">\n<TopologyBuilder xmlns=\"" + ImporterHarness.BuilderNamespace + "\" />" },
        { "parameter entity to a URL", "<!DOCTYPE TopologyBuilder [ <!ENTITY % remote SYSTEM \"{url}\"> %remote; ]>\n<TopologyBuilder xmlns=\"" + ImporterHarness.BuilderNamespace + "\" />" },
        { "general entity to a local file", "<!DOCTYPE TopologyBuilder [ <!ENTITY ext SYSTEM \"file://{file}\"> ]>\n<TopologyBuilder xmlns=\"" + ImporterHarness.BuilderNamespace + "\"><NewTopology>&ext;</NewTopology></TopologyBuilder>" },
        { "entity in an attribute", "<!DOCTYPE TopologyBuilder [ <!ENTITY ext SYSTEM \"{url}\"> ]>\n<TopologyBuilder xmlns=\"" + ImporterHarness.BuilderNamespace + "\" a=\"&ext;\" />" },
    };

    [Theory]
    [MemberData(nameof(ExternalEntities))]
    public async Task An_external_entity_is_refused_and_nothing_is_contacted_or_read(string form, string template)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/topology.dtd";
        var secret = Path.Combine(Path.GetTempPath(), "xmpptopology-secret-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(secret, "SECRET-" + Guid.NewGuid().ToString("N"));
        try
        {
            var file = "<?xml version=\"1.0\"?>\n" + template.Replace("{url}", url, StringComparison.Ordinal).Replace("{file}", secret, StringComparison.Ordinal);
            foreach (var encoding in new Encoding[] { new UTF8Encoding(true), new UnicodeEncoding(bigEndian: false, byteOrderMark: true) })
            {
                var error = await ImporterHarness.AssertRefusedAsync(encoding.GetPreamble().Concat(encoding.GetBytes(file.Replace("?>", encoding is UnicodeEncoding ? " encoding=\"utf-16\"?>" : "?>", StringComparison.Ordinal))).ToArray());

                Assert.Contains("DTD", error);
                Assert.DoesNotContain("SECRET", error);
            }

            // A connection attempt would sit in the listener's backlog.
            Assert.False(listener.Pending(), $"{form}: the importer connected to {url}");
        }
        finally
        {
            listener.Stop();
            File.Delete(secret);
        }
    }

    public static TheoryData<string, string> EntityBombs() => new()
    {
        { "billion laughs", "<!DOCTYPE TopologyBuilder [ <!ENTITY lol0 \"lol\">" + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">")) + " ]>\n<TopologyBuilder xmlns=\"" + ImporterHarness.BuilderNamespace + "\">&lol9;</TopologyBuilder>" },
        { "quadratic blowup", "<!DOCTYPE TopologyBuilder [ <!ENTITY big \"" + new string('x', 100_000) + "\"> ]>\n<TopologyBuilder xmlns=\"" + ImporterHarness.BuilderNamespace + "\">" + string.Concat(Enumerable.Repeat("&big;", 20_000)) + "</TopologyBuilder>" },
        { "parameter entity laughs", "<!DOCTYPE TopologyBuilder [ <!ENTITY % p0 \"<!ENTITY x 'y'>\">" + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY % p{i} \"{string.Concat(Enumerable.Repeat($"%p{i - 1};", 10))}\">")) + " %p9; ]>\n<TopologyBuilder xmlns=\"" + ImporterHarness.BuilderNamespace + "\" />" },
    };

    [Theory]
    [MemberData(nameof(EntityBombs))]
    public async Task An_entity_bomb_is_refused_in_bounded_time_and_memory(string form, string file)
    {
        await ImporterHarness.AssertRefusedAsync(Encoding.UTF8.GetBytes(file));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(file));
        var allocated = AllocatedOnThisThread(() => Assert.Throws<TopologyFileException>(() => TopologyFileReader.Read(stream)));

        output.WriteLine($"{form}: {file.Length:N0} characters, {allocated / (1024 * 1024):N0} MB allocated");
        Assert.True(allocated < 512L * 1024 * 1024, $"{form}: {allocated:N0} bytes allocated");
    }

    public static TheoryData<string, string, string> GigabyteStreams() => new()
    {
        { "one comment", "<!--", "x" },
        { "one text node", "<NewTopology>", "x" },
        { "one attribute value", "<NewTopology a=\"", "x" },
        { "many elements", "", "<Cluster Fqdn=\"a.contoso.com\"/>" },
        { "deep nesting", "", "<a>" },
    };

    // Never on disk: a stream that makes up 1 GB as it is read, and counts what was read.
    [Theory]
    [MemberData(nameof(GigabyteStreams))]
    public async Task A_1_GB_stream_is_refused_after_reading_at_most_the_size_limit(string form, string opening, string repeated)
    {
        const long gigabyte = 1024L * 1024 * 1024;
        using var stream = new ImporterHarness.GeneratedStream($"<?xml version=\"1.0\"?><TopologyBuilder xmlns=\"{ImporterHarness.BuilderNamespace}\">{opening}", repeated, gigabyte, seekable: false);
        TopologyFileException? refused = null;
        var allocated = await Task.Run(() => AllocatedOnThisThread(() => refused = Assert.Throws<TopologyFileException>(() => TopologyFileReader.Read(stream)))).WaitAsync(ImporterHarness.PerCaseLimit);

        output.WriteLine($"1 GB stream, {form}: refused after reading {stream.BytesRead / (1024 * 1024):N0} MB, {allocated / (1024 * 1024):N0} MB allocated: {refused!.Message}");
        Assert.True(stream.BytesRead <= SafeXml.MaxCharacters + (4 * 1024 * 1024), $"{form}: read {stream.BytesRead:N0} bytes");
        Assert.True(allocated < 2L * 1024 * 1024 * 1024, $"{form}: {allocated:N0} bytes allocated");
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Fact]
    public void A_1_GB_seekable_stream_is_refused_before_a_byte_is_read()
    {
        using var stream = new ImporterHarness.GeneratedStream("<TopologyBuilder>", "x", 1024L * 1024 * 1024, seekable: true);

        var refused = Assert.Throws<TopologyFileException>(() => TopologyFileReader.Read(stream));

        Assert.Equal(0, stream.BytesRead);
        Assert.Contains("1024 MB", refused.Message);
    }

    public static TheoryData<string, byte[]> InvalidEncodings()
    {
        var root = $"<TopologyBuilder xmlns=\"{ImporterHarness.BuilderNamespace}\"><NewTopology /></TopologyBuilder>";
        byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
        return new()
        {
            { "invalid UTF-8 bytes", [.. Utf8("<?xml version=\"1.0\" encoding=\"utf-8\"?><TopologyBuilder xmlns=\"" + ImporterHarness.BuilderNamespace + "\" a=\""), 0xC3, 0x28, 0xFF, 0xFE, .. Utf8("\" />")] },
            { "UTF-8 declared as UTF-16", Utf8("<?xml version=\"1.0\" encoding=\"utf-16\"?>" + root) },
            { "an unknown encoding", Utf8("<?xml version=\"1.0\" encoding=\"x-klingon\"?>" + root) },
            { "EBCDIC declared, not supported here", Utf8("<?xml version=\"1.0\" encoding=\"IBM037\"?>" + root) },
            { "UTF-16 with an odd byte", [.. new UnicodeEncoding(false, true).GetPreamble(), .. Encoding.Unicode.GetBytes(root), 0x41] },
            { "a lone surrogate reference", Utf8("<TopologyBuilder xmlns=\"" + ImporterHarness.BuilderNamespace + "\" a=\"&#xD800;\" />") },
            { "a NUL byte", [.. Utf8("<TopologyBuilder xmlns=\"" + ImporterHarness.BuilderNamespace + "\">"), 0x00, .. Utf8("</TopologyBuilder>")] },
            { "UTF-32 byte order mark on UTF-8", [0x00, 0x00, 0xFE, 0xFF, .. Utf8(root)] },
            { "an empty file", [] },
            { "only a byte order mark", [0xEF, 0xBB, 0xBF] },
            { "binary noise", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))] },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidEncodings))]
    public async Task An_invalid_encoding_is_a_one_line_error(string form, byte[] file)
    {
        var error = await ImporterHarness.AssertRefusedAsync(file);

        output.WriteLine($"{form}: {error.TrimEnd()}");
    }

    /// <summary>
    /// The real fixture truncated at many points and corrupted byte by byte (fixed seed): every
    /// case either imports, and then the generated code compiles, or is refused with one line,
    /// exit code 2 and no output file. Never another exit code, never an exception.
    /// </summary>
    [Fact]
    public async Task Truncated_and_corrupted_files_are_imported_or_refused_never_crash()
    {
        const int seed = 20261125;
        var original = Encoding.UTF8.GetBytes(Contoso);
        var random = new Random(seed);
        var (imported, refused) = (0, 0);
        var causes = new SortedDictionary<string, int>(StringComparer.Ordinal);

        for (var run = 0; run < CorruptedCases; run++)
        {
            var (file, what) = run % 4 == 0
                ? (original[..random.Next(original.Length)], "truncated")
                : Corrupt(original, random);
            var (exitCode, generated, error, leftover) = await ImporterHarness.ImportAsync(file);
            var label = $"seed {seed}, case {run} ({what})";

            if (exitCode == 0)
            {
                imported++;
                var errors = TopologyCompilation.Create([("Imported.cs", generated)]).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, $"{label}: the generated code does not compile: {string.Join("; ", errors.Take(3))}\n{generated}");
            }
            else
            {
                refused++;
                Assert.True(exitCode == 2, $"{label}: exit code {exitCode}: {error}");
                Assert.True(error.StartsWith("xmpp-topology import: Topology.tbxml: ", StringComparison.Ordinal) && error.TrimEnd().Split('\n').Length == 1, $"{label}: not one clear line: {error}");
                Assert.True(leftover.Count == 0, $"{label}: left {string.Join(", ", leftover)}");
                var cause = error["xmpp-topology import: Topology.tbxml: ".Length..];
                cause = cause[..Math.Min(cause.Length, Math.Max(cause.IndexOfAny(['\'', '(', ':']), 10))];
                causes[cause] = causes.GetValueOrDefault(cause) + 1;
            }
        }

        output.WriteLine($"corrupted fixture: {CorruptedCases} cases, {imported} imported (all compile), {refused} refused:");
        foreach (var (cause, count) in causes)
        {
            output.WriteLine($"  {count,5} {cause}");
        }

        Assert.True(refused > CorruptedCases / 4, "too few corruptions were refused: the corruption is too mild to test anything");
    }

    private static (byte[] File, string What) Corrupt(byte[] original, Random random)
    {
        var file = original.ToList();
        var edits = random.Next(1, 4);
        var what = new List<string>();
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(file.Count);
            switch (random.Next(4))
            {
                case 0:
                    what.Add($"byte {at} set to {file[at] = (byte)random.Next(256)}");
                    break;
                case 1:
                    file.RemoveAt(at);
                    what.Add($"byte {at} deleted");
                    break;
                case 2:
                    var text = new[] { "<", ">", "\"", "&", "'", "]]>", "<!--", "&#0;", "\u00e9", "\U0001F600", "<Cluster>", "</Machine>", "ServiceVersion=\"9\"", "Fqdn=\"\"" }[random.Next(14)];
                    file.InsertRange(at, Encoding.UTF8.GetBytes(text));
                    what.Add($"'{text}' inserted at {at}");
                    break;
                default:
                    var length = random.Next(1, 200);
                    file.RemoveRange(at, Math.Min(length, file.Count - at));
                    what.Add($"{length} bytes deleted at {at}");
                    break;
            }
        }

        return ([.. file], string.Join(", ", what));
    }

    // Bytes allocated by this thread while the action runs: the parser's whole share, and no other test's.
    private static long AllocatedOnThisThread(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
