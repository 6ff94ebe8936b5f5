using System.IO;
using System.Linq;
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

        XDocument document;
        using var reader = XmlReader.Create(stream, settings);
        try
        {
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            // The refusal of a DTD carries no position: find the declaration in the file's start.
            var (line, position) = exception.LineNumber > 0 ? (exception.LineNumber, exception.LinePosition) : Locate(stream, "<!DOCTYPE");
            throw new TopologyFileException("the file is not valid XML: " + FirstSentence(exception.Message), line, position, exception);
        }

        var tooDeep = document.Descendants().FirstOrDefault(element => element.Ancestors().Count() >= MaxDepth);
        if (tooDeep is not null)
        {
            var line = (IXmlLineInfo)tooDeep;
            throw new TopologyFileException($"elements are nested deeper than {MaxDepth} levels", line.LineNumber, line.LinePosition);
        }

        return document;
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
}
