using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;

namespace XmppTopology.Cli.Import;

/// <summary>
/// Loads untrusted XML: no DTD, so no entity expansion and no external entities; no resolver, so
/// no network or file access; bounded size and nesting. Errors carry the line and position.
/// </summary>
internal static class SafeXml
{
    /// <summary>Real Topology Builder files are well under a megabyte; this leaves ample room.</summary>
    public const long MaxCharacters = 16L * 1024 * 1024;

    /// <summary>Topology Builder nests about ten levels deep.</summary>
    public const int MaxDepth = 64;

    public static XDocument Load(Stream stream)
    {
        if (stream.CanSeek && stream.Length > MaxCharacters)
        {
            throw new TopologyFileException($"the file is {stream.Length / (1024 * 1024)} MB; a Topology Builder file is read up to {MaxCharacters / (1024 * 1024)} MB");
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };

        // XmlReader.Create already reads the byte order mark and the declaration: it throws too.
        // The depth is checked while reading: XDocument.Load takes time quadratic in the depth,
        // so a file of nothing but opening tags must be refused at level 65, not loaded first.
        try
        {
            using var reader = new DepthLimitedReader(CreateReader(stream, settings), MaxDepth);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (DecoderFallbackException exception)
        {
            throw new TopologyFileException("the file is not valid XML: its bytes are not text in the encoding its byte order mark names", 0, 0, exception);
        }
        catch (XmlException exception)
        {
            // The refusal of a DTD carries no position: find the declaration in the file's start.
            var (line, position) = exception.LineNumber > 0 ? (exception.LineNumber, exception.LinePosition) : Locate(stream, "<!DOCTYPE");
            throw new TopologyFileException("the file is not valid XML: " + FirstSentence(exception.Message), line, position, exception);
        }
    }

    // A byte order mark decides the encoding, whatever the declaration says: Windows PowerShell's
    // Out-File writes UTF-16LE with a mark under a declaration that still says utf-8. Without a
    // mark, the declaration decides, as XML says. A UTF-32 mark is left to XmlReader.
    private static XmlReader CreateReader(Stream stream, XmlReaderSettings settings)
    {
        if (!stream.CanSeek)
        {
            return XmlReader.Create(stream, settings);
        }

        var start = stream.Position;
        Span<byte> mark = stackalloc byte[4];
        var read = stream.ReadAtLeast(mark, mark.Length, throwOnEndOfStream: false);
        stream.Position = start;
        Encoding? encoding = read >= 3 && mark[0] == 0xEF && mark[1] == 0xBB && mark[2] == 0xBF ? new UTF8Encoding(false, throwOnInvalidBytes: true)
            : read >= 2 && mark[0] == 0xFF && mark[1] == 0xFE && !(read == 4 && mark[2] == 0 && mark[3] == 0) ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true)
            : read >= 2 && mark[0] == 0xFE && mark[1] == 0xFF ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true)
            : null;
        return encoding is null
            ? XmlReader.Create(stream, settings)
            : XmlReader.Create(new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true), settings);
    }

    private static (int Line, int Position) Locate(Stream stream, string text)
    {
        if (!stream.CanSeek)
        {
            return (0, 0);
        }

        stream.Position = 0;
        var buffer = new char[64 * 1024];
        var length = new StreamReader(stream).ReadBlock(buffer, 0, buffer.Length);
        var start = new string(buffer, 0, length);
        var offset = start.IndexOf(text, System.StringComparison.Ordinal);
        if (offset < 0)
        {
            return (0, 0);
        }

        var lineStart = start.LastIndexOf('\n', offset) + 1;
        return (start.Take(offset).Count(c => c == '\n') + 1, offset - lineStart + 1);
    }

    // XmlException messages add advice for programmers and their own position: keep the first sentence.
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", System.StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    /// <summary>Passes an XmlReader through, refusing an element deeper than the limit as soon as it is read.</summary>
    private sealed class DepthLimitedReader(XmlReader inner, int maxDepth) : XmlReader, IXmlLineInfo, IXmlNamespaceResolver
    {
        public override int AttributeCount => inner.AttributeCount;

        public override string BaseURI => inner.BaseURI;

        public override int Depth => inner.Depth;

        public override bool EOF => inner.EOF;

        public override bool HasValue => inner.HasValue;

        public override bool IsDefault => inner.IsDefault;

        public override bool IsEmptyElement => inner.IsEmptyElement;

        public override string LocalName => inner.LocalName;

        public override string Name => inner.Name;

        public override string NamespaceURI => inner.NamespaceURI;

        public override XmlNameTable NameTable => inner.NameTable;

        public override XmlNodeType NodeType => inner.NodeType;

        public override string Prefix => inner.Prefix;

        public override ReadState ReadState => inner.ReadState;

        public override XmlReaderSettings? Settings => inner.Settings;

        public override string Value => inner.Value;

        public override string XmlLang => inner.XmlLang;

        public override XmlSpace XmlSpace => inner.XmlSpace;

        public int LineNumber => inner is IXmlLineInfo info ? info.LineNumber : 0;

        public int LinePosition => inner is IXmlLineInfo info ? info.LinePosition : 0;

        public bool HasLineInfo() => inner is IXmlLineInfo info && info.HasLineInfo();

        public override bool Read()
        {
            var read = inner.Read();
            if (read && inner.NodeType == XmlNodeType.Element && inner.Depth >= maxDepth)
            {
                throw new TopologyFileException($"elements are nested deeper than {maxDepth} levels", LineNumber, LinePosition);
            }

            return read;
        }

        public override Task<bool> ReadAsync() => throw new System.NotSupportedException();

        public override string GetAttribute(int i) => inner.GetAttribute(i);

        public override string? GetAttribute(string name) => inner.GetAttribute(name);

        public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

        public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

        public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

        public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

        public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);

        public override bool MoveToElement() => inner.MoveToElement();

        public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

        public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

        public override bool ReadAttributeValue() => inner.ReadAttributeValue();

        public override void ResolveEntity() => inner.ResolveEntity();

        public System.Collections.Generic.IDictionary<string, string> GetNamespacesInScope(XmlNamespaceScope scope) =>
            inner is IXmlNamespaceResolver resolver ? resolver.GetNamespacesInScope(scope) : new System.Collections.Generic.Dictionary<string, string>();

        string? IXmlNamespaceResolver.LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

        public string? LookupPrefix(string namespaceName) => inner is IXmlNamespaceResolver resolver ? resolver.LookupPrefix(namespaceName) : null;

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
