using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using nietras.SeparatedValues;

namespace XmppTopology.Cli.Import;

/// <summary>
/// Reads what PowerShell's <c>Export-Csv</c> writes: an optional <c>#TYPE</c> first line (Windows
/// PowerShell 5.1 without <c>-NoTypeInformation</c>, PowerShell 7 with <c>-IncludeTypeInformation</c>),
/// UTF-8 with or without a byte order mark or UTF-16 with one, fields quoted or not. Columns are
/// found by their header name, without case, as PowerShell matches property names; other columns
/// are ignored. Anything else is refused with its line: a missing column, a row whose fields do
/// not match the header, a quote out of place, bytes that are not text.
/// </summary>
internal static class ExportCsv
{
    /// <summary>
    /// Calls <paramref name="row"/> for each data row with the values of <paramref name="columns"/>
    /// (each given by the names it may have, the first the one Export-Csv writes) and the row's line.
    /// </summary>
    public static void Read(Stream stream, IReadOnlyList<string[]> columns, Action<string[], int> row) =>
        Read(stream, columns, [], (values, _, line) => row(values, line));

    /// <summary>
    /// As the other overload, with <paramref name="optional"/> columns besides: their values are
    /// null when the header does not have them.
    /// </summary>
    public static void Read(Stream stream, IReadOnlyList<string[]> columns, IReadOnlyList<string[]> optional, Action<string[], string?[], int> row)
    {
        using var text = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var line = 0;
        try
        {
            var skipped = SkipTypeLine(text);
            using var reader = Sep.New(',').Reader(o => o with { DisableColCountCheck = true, HasHeader = true }).From(text);
            var header = reader.Header.ColNames.Select((name, index) => (Name: Unquote(name, skipped + 1), Index: index)).ToList();
            if (header.Count == 0 || header.All(h => h.Name.Length == 0))
            {
                throw new CsvFileException("the file has no header line", skipped + 1);
            }

            int IndexOf(string[] names) =>
                header.FirstOrDefault(h => names.Any(n => string.Equals(n, h.Name, StringComparison.OrdinalIgnoreCase))) is { Name.Length: > 0 } found ? found.Index : -1;
            var indexes = columns.Select(names => IndexOf(names) is >= 0 and var index
                ? index
                : throw new CsvFileException($"the header has no {string.Join(" or ", names)} column (it has {string.Join(", ", header.Select(h => h.Name))})", skipped + 1)).ToArray();
            var optionalIndexes = optional.Select(IndexOf).ToArray();

            var values = new string[indexes.Length];
            var optionalValues = new string?[optionalIndexes.Length];
            foreach (var record in reader)
            {
                line = record.LineNumberFrom + skipped;
                if (record.ColCount != header.Count)
                {
                    // A stray quote makes fields run together: say so rather than count them.
                    for (var i = 0; i < record.ColCount; i++)
                    {
                        _ = Unquote(record[i].Span, line);
                    }

                    throw new CsvFileException($"the row has {record.ColCount} field(s), the header {header.Count}", line);
                }

                for (var i = 0; i < indexes.Length; i++)
                {
                    values[i] = Unquote(record[indexes[i]].Span, line);
                }

                for (var i = 0; i < optionalIndexes.Length; i++)
                {
                    optionalValues[i] = optionalIndexes[i] < 0 ? null : Unquote(record[optionalIndexes[i]].Span, line);
                }

                row(values, optionalValues, line);
            }
        }
        catch (DecoderFallbackException)
        {
            throw new CsvFileException("the file is not text in UTF-8, or in UTF-16 with a byte order mark (what Export-Csv writes)", LineOfUndecodableByte(stream));
        }
        catch (Exception exception) when (exception is InvalidDataException or ArgumentException or FormatException)
        {
            throw new CsvFileException("the file is not CSV: " + exception.Message.Split('\n')[0].TrimEnd(), line + 1);
        }
    }

    // The reader decodes ahead of the rows it hands out: the line of the bad byte is found again,
    // from the start, on this error path only.
    private static int LineOfUndecodableByte(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return 0;
        }

        stream.Position = 0;
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var line = 1;
        for (var c = reader.Read(); c >= 0 && c != '\uFFFD'; c = reader.Read())
        {
            line += c == '\n' ? 1 : 0;
        }

        return line;
    }

    /// <summary>"True" or "False" as PowerShell writes a Boolean, in any case.</summary>
    public static bool? Boolean(string value) =>
        string.Equals(value, "True", StringComparison.OrdinalIgnoreCase) ? true
        : string.Equals(value, "False", StringComparison.OrdinalIgnoreCase) ? false
        : null;

    // "#TYPE Selected.Microsoft.Rtc.Management.ADConnect.Schema.OCSADUser": the type of the objects,
    // nothing that is data. Any other first line is the header.
    private static int SkipTypeLine(StreamReader text)
    {
        if (text.Peek() != '#')
        {
            return 0;
        }

        var first = text.ReadLine() ?? "";
        return first.StartsWith("#TYPE", StringComparison.Ordinal) ? 1 : throw new CsvFileException("the first line starts with '#' but is not Export-Csv's #TYPE line", 1);
    }

    // RFC 4180 as Export-Csv writes it: a field is quoted whole, with inner quotes doubled, or holds no quote.
    private static string Unquote(ReadOnlySpan<char> field, int line)
    {
        if (field.Length == 0 || field[0] != '"')
        {
            return field.Contains('"') ? throw new CsvFileException("a field that is not quoted holds a quote", line) : field.ToString();
        }

        if (field.Length < 2 || field[^1] != '"')
        {
            throw new CsvFileException("a quoted field is not closed", line);
        }

        var inner = field[1..^1];
        var value = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '"')
            {
                if (i + 1 >= inner.Length || inner[i + 1] != '"')
                {
                    throw new CsvFileException("a quote inside a quoted field is not doubled", line);
                }

                i++;
            }

            value.Append(inner[i]);
        }

        return value.ToString();
    }

    private static string Unquote(string field, int line) => Unquote(field.AsSpan(), line);
}
