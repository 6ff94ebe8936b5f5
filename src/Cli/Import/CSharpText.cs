using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace XmppTopology.Cli.Import;

/// <summary>How imported text is written into C#: string literals, comments on one line, identifiers.</summary>
internal static class CSharpText
{
    public static string Literal(string text)
    {
        var literal = new StringBuilder("\"");
        foreach (var character in text)
        {
            literal.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(character) => "\\u" + ((int)character).ToString("x4", CultureInfo.InvariantCulture),
                _ => character.ToString(),
            });
        }

        return literal.Append('"').ToString();
    }

    /// <summary>Text from a file inside a comment: control characters (a line break would end the comment) become spaces.</summary>
    public static string OneLine(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    /// <summary>A label as a PascalCase identifier: "fe-15" is Fe15; one that starts with a digit is prefixed with "Pool".</summary>
    public static string Pascal(string label)
    {
        var words = label.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsAsciiLetterOrDigit).ToArray()))
            .Where(word => word.Length > 0)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..]);
        var name = string.Concat(words);
        return name.Length == 0 || char.IsDigit(name[0]) ? "Pool" + name : name;
    }

    public static string Indent(int spaces) => new(' ', spaces);
}
