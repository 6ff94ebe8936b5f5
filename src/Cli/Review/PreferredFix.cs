using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Cli.Analysis;

namespace XmppTopology.Cli.Review;

/// <summary>
/// Computes a finding's preferred fix: the first code action that its rule's fix provider
/// registers (the nearest target first, as in the editor and in dotnet format), applied alone
/// to the solution as loaded.
/// </summary>
internal static class PreferredFix
{
    public static async Task<FixProposal?> ComputeAsync(Finding finding, TopologyPlugins plugins, string root, CancellationToken cancellationToken)
    {
        var document = finding.Document ?? throw new ArgumentException("a finding in generated code has no fix", nameof(finding));

        foreach (var provider in plugins.FixersFor(finding.Id))
        {
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, finding.Diagnostic, (action, _) => actions.Add(action), cancellationToken);
            await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
            if (actions.Count == 0)
            {
                continue;
            }

            // A group of actions (a submenu in the editor): its first member is the preferred one.
            var action = actions[0];
            while (!action.NestedActions.IsEmpty)
            {
                action = action.NestedActions[0];
            }

            var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
            if (operations.OfType<ApplyChangesOperation>().FirstOrDefault() is not { } apply)
            {
                continue;
            }

            var edits = await EditsAsync(document.Project.Solution, apply.ChangedSolution, root, cancellationToken).ConfigureAwait(false);
            return edits.IsEmpty ? null : new FixProposal(action.Title, edits);
        }

        return null;
    }

    private static async Task<ImmutableArray<DocumentEdit>> EditsAsync(Solution before, Solution after, string root, CancellationToken cancellationToken)
    {
        var changes = after.GetChanges(before);
        if (changes.GetProjectChanges().Any(p => p.GetAddedDocuments().Any() || p.GetRemovedDocuments().Any()))
        {
            throw new CliException("a code fix adds or removes a file, which the review cannot show yet");
        }

        var edits = new List<DocumentEdit>();
        foreach (var id in changes.GetProjectChanges().SelectMany(p => p.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true)))
        {
            var oldDocument = before.GetDocument(id)!;
            var oldText = await oldDocument.GetTextAsync(cancellationToken).ConfigureAwait(false);
            // The syntax trees' difference: one change per edited place, not one for the whole file.
            var textChanges = await after.GetDocument(id)!.GetTextChangesAsync(oldDocument, cancellationToken).ConfigureAwait(false);
            var minimal = textChanges.Select(c => Trim(oldText, c)).Where(c => c.Span.Length > 0 || c.NewText!.Length > 0).OrderBy(c => c.Span.Start).ToImmutableArray();
            if (!minimal.IsEmpty && oldDocument.FilePath is { } path)
            {
                edits.Add(new DocumentEdit(ReportRoot.RelativePath(root, path), oldText, minimal));
            }
        }

        return edits.OrderBy(e => e.Path, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>Drops the text that a change keeps at its start and end, so a patch shows only what differs.</summary>
    internal static TextChange Trim(SourceText text, TextChange change)
    {
        var oldPart = text.ToString(change.Span);
        var newPart = change.NewText ?? "";
        var prefix = 0;
        while (prefix < oldPart.Length && prefix < newPart.Length && oldPart[prefix] == newPart[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < oldPart.Length - prefix && suffix < newPart.Length - prefix && oldPart[^(suffix + 1)] == newPart[^(suffix + 1)])
        {
            suffix++;
        }

        var span = TextSpan.FromBounds(change.Span.Start + prefix, change.Span.End - suffix);
        return new TextChange(span, newPart[prefix..^suffix]);
    }
}
