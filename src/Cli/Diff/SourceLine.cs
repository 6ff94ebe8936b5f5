namespace XmppTopology.Cli.Diff;

/// <summary>A file and a one-based line; <see cref="Line"/> is 0 when only the file is known.</summary>
internal sealed record SourceLine(string Path, int Line)
{
    public override string ToString() => Line > 0 ? $"{Path}({Line})" : Path;
}
