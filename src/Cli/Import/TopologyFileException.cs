using System;

namespace XmppTopology.Cli.Import;

/// <summary>A Topology Builder file that cannot be imported, with where the problem is when known.</summary>
internal sealed class TopologyFileException(string message, int line = 0, int position = 0, Exception? inner = null)
    : Exception(OneLine(line > 0 ? $"{message} (line {line}, position {position})" : message), inner)
{
    public int Line { get; } = line;

    public int Position { get; } = position;

    // The message is one line on the console: a line break or other control character quoted
    // from the file (XmlException's "'\n' is an unexpected token", an attribute's &#10;) is escaped.
    private static string OneLine(string message)
    {
        var text = new System.Text.StringBuilder(message.Length);
        foreach (var c in message)
        {
            _ = c switch
            {
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                _ when char.IsControl(c) => text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }
}
