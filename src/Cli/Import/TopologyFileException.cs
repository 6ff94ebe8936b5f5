using System;

namespace XmppTopology.Cli.Import;

/// <summary>A Topology Builder file that cannot be imported, with where the problem is when known.</summary>
internal sealed class TopologyFileException(string message, int line = 0, int position = 0, Exception? inner = null)
    : Exception(line > 0 ? $"{message} (line {line}, position {position})" : message, inner)
{
    public int Line { get; } = line;

    public int Position { get; } = position;
}
