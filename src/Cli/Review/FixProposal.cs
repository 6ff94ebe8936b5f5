using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace XmppTopology.Cli.Review;

/// <summary>The preferred code fix of one finding: its title and the text it changes, document by document.</summary>
internal sealed record FixProposal(string Title, ImmutableArray<DocumentEdit> Edits);

/// <summary>The changes a fix makes to one document, minimal and in order, against its text as loaded.</summary>
/// <param name="Path">The file, relative to the report's root, with forward slashes.</param>
/// <param name="OriginalText">The document's text before any fix.</param>
/// <param name="Changes">Non-overlapping changes, by position.</param>
internal sealed record DocumentEdit(string Path, SourceText OriginalText, ImmutableArray<TextChange> Changes);
