using Microsoft.CodeAnalysis.Text;

namespace XmppTopology.Cli.Fix;

/// <summary>A file the fixes changed: its path relative to the report's root, its full path, its text as loaded and as fixed.</summary>
internal sealed record FixedFile(string Path, string FullPath, SourceText Original, SourceText Fixed);
