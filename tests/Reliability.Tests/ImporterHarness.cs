using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using XmppTopology.Cli;

namespace XmppTopology.Reliability.Tests;

/// <summary>The import command run in-process on bytes, and a stream that makes up its content as it is read.</summary>
internal static class ImporterHarness
{
    public const string BuilderNamespace = "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008";

    /// <summary>Generous: an import takes milliseconds; this only detects a hang.</summary>
    public static readonly TimeSpan PerCaseLimit = TimeSpan.FromSeconds(60);

    public static async Task<(int ExitCode, string Output, string Error, IReadOnlyList<string> Leftover)> ImportAsync(byte[] file)
    {
        var folder = Path.Combine(Path.GetTempPath(), "xmpptopology-reliability-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "Topology.tbxml");
            var target = Path.Combine(folder, "Out.cs");
            await File.WriteAllBytesAsync(input, file);
            using var outputWriter = new StringWriter();
            using var errorWriter = new StringWriter();
            var exitCode = await Task.Run(() => XmppTopologyCommand.Create(outputWriter, errorWriter).Parse(["import", input, "-o", target]).Invoke()).WaitAsync(PerCaseLimit);
            var generated = File.Exists(target) ? await File.ReadAllTextAsync(target) : "";
            var leftover = Directory.GetFiles(folder).Select(Path.GetFileName).Where(n => n != "Topology.tbxml" && (exitCode != 0 || n != "Out.cs")).Select(n => n!).ToList();
            return (exitCode, generated, errorWriter.ToString(), leftover);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Exit code 2, nothing on standard output, one line naming the file, no output file left.
    public static async Task<string> AssertRefusedAsync(byte[] file)
    {
        var (exitCode, generated, error, leftover) = await ImportAsync(file);

        Assert.True(exitCode == 2, $"exit code {exitCode}: {error}");
        Assert.Empty(generated);
        Assert.StartsWith("xmpp-topology import: Topology.tbxml: ", error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Empty(leftover);
        return error;
    }

    /// <summary>A prefix and then one piece repeated up to a length, made up as it is read.</summary>
    public sealed class GeneratedStream(string prefix, string repeated, long length, bool seekable) : Stream
    {
        private readonly byte[] prefixBytes = Encoding.UTF8.GetBytes(prefix);
        private readonly byte[] repeatedBytes = Encoding.UTF8.GetBytes(repeated);
        private long position;

        public long BytesRead => position;

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? length : throw new NotSupportedException();

        public override long Position
        {
            get => position;
            set => position = seekable ? value : throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var written = 0;
            while (written < count && position < length)
            {
                buffer[offset + written++] = position < prefixBytes.Length
                    ? prefixBytes[position]
                    : repeatedBytes[(position - prefixBytes.Length) % repeatedBytes.Length];
                position++;
            }

            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
