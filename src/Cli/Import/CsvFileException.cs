using System;

namespace XmppTopology.Cli.Import;

/// <summary>A cmdlet export that cannot be imported, with the line of the file it is about (0 when none).</summary>
internal sealed class CsvFileException : Exception
{
    public CsvFileException(string message, int line)
        : base(line > 0 ? $"line {line}: {message}" : message) => Line = line;

    public CsvFileException()
    {
    }

    public CsvFileException(string message)
        : base(message)
    {
    }

    public CsvFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Line { get; }
}
