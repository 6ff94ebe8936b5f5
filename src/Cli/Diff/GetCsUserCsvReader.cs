using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.VisualBasic.FileIO;

namespace XmppTopology.Cli.Diff;

/// <summary>
/// <c>Get-CsUser | Select-Object SipAddress,RegistrarPool,... | Export-Csv</c>, as Windows
/// PowerShell 5.1 (a <c>#TYPE</c> first line, UTF-16LE or UTF-8 with a byte-order mark) and
/// PowerShell 7 (UTF-8) write it: columns found by header name, extra columns ignored, quoted
/// fields read by the framework's CSV parser.
/// </summary>
internal sealed class GetCsUserCsvReader : IUsersExportReader
{
    public IReadOnlyList<DeployedUser> Read(string path)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            using var parser = new TextFieldParser(reader) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
            parser.SetDelimiters(",");

            var line = parser.LineNumber;
            var header = parser.ReadFields();
            if (header is { Length: > 0 } && header[0].StartsWith("#TYPE", StringComparison.Ordinal))
            {
                line = parser.LineNumber;
                header = parser.ReadFields();
            }

            if (header is null)
            {
                throw new CliException($"{Path.GetFileName(path)} is empty: expected a Get-CsUser export with SipAddress and RegistrarPool columns");
            }

            var sip = Column(header, "SipAddress", path);
            var pool = Column(header, "RegistrarPool", path);
            var users = new List<DeployedUser>();
            while (!parser.EndOfData)
            {
                line = parser.LineNumber;
                var fields = parser.ReadFields();
                if (fields is null || fields.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (fields.Length <= Math.Max(sip, pool) || string.IsNullOrWhiteSpace(fields[sip]))
                {
                    throw new CliException($"{Path.GetFileName(path)}, line {line}: the row has no SipAddress");
                }

                users.Add(new DeployedUser(fields[sip].Trim(), string.IsNullOrWhiteSpace(fields[pool]) ? null : fields[pool].Trim(), (int)line));
            }

            return users;
        }
        catch (MalformedLineException exception)
        {
            throw new CliException($"{Path.GetFileName(path)}, line {exception.LineNumber}: not a CSV row", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"could not read {path}: {exception.Message}", exception);
        }
    }

    private static int Column(string[] header, string name, string path)
    {
        var index = Array.FindIndex(header, h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw new CliException($"{Path.GetFileName(path)} has no {name} column (columns: {string.Join(", ", header)}): export it with Get-CsUser | Select-Object SipAddress,RegistrarPool | Export-Csv");
    }
}
