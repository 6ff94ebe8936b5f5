using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.CodeFixes;

/// <summary>
/// TOPO006: removes the later declaration of a user declared twice, when both say the same (the
/// rule then names the first declaration as its fix target): the statement
/// <c>users.User("sip:…")…;</c>, or the SIP address's item of a list written in the
/// <c>Users([…])</c> call. No fix when the declarations conflict (a person decides which plan is
/// meant), nor for an item of a list held in a field or property (other calls may use the list).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveUserDeclarationFixProvider)), Shared]
public sealed class RemoveUserDeclarationFixProvider : TopologyCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = Ids(RuleIds.Topo006);

    // TOPO006 is reported at the SIP address: the call is the User or Users call it is given to.
    private protected override InvocationExpressionSyntax? DiagnosedCall(SyntaxNode root, TextSpan span) =>
        root.FindNode(span, getInnermostNodeForTie: true)
            .AncestorsAndSelf()
            .OfType<InvocationExpressionSyntax>()
            .FirstOrDefault(invocation => invocation.ArgumentList.Span.Contains(span) && DslSyntax.MethodName(invocation) is var name
                && (name == DslMethods.User.Name || name == DslMethods.UserGroup.Name));

    private protected override IEnumerable<TopologyFix> FixesFor(Document document, Diagnostic diagnostic, InvocationExpressionSyntax call)
    {
        if (FixTargets(diagnostic) is not { Count: > 0 } || call.ArgumentList.Arguments.Count != 1)
        {
            yield break;
        }

        var span = diagnostic.Location.SourceSpan;
        var argument = call.ArgumentList.Arguments[0].Expression;
        var list = argument.Span == span ? null : Items(argument);
        var item = list?.Items.FirstOrDefault(i => i.Span == span);
        var title = $"Remove the repeated declaration of {Element(diagnostic)}";
        if (item is not null && list!.Items.Count > 1)
        {
            yield return Edit(document, WithoutItem(list, list.Items.IndexOf(item)), title);
        }
        else if ((item is not null || argument.Span == span) && DeclaringStatement(call) is { } statement)
        {
            yield return Edit(document, WithoutStatement(statement), title);
        }
    }

    // The items of a list written in the call ([..], new[] { .. }, new string[] { .. }) and the commas between them.
    private sealed record ListItems(List<SyntaxNode> Items, List<SyntaxToken> Separators);

    private static ListItems? Items(ExpressionSyntax list) => list switch
    {
        CollectionExpressionSyntax collection when collection.Elements.All(e => e is ExpressionElementSyntax) =>
            new([.. collection.Elements.Select(e => ((ExpressionElementSyntax)e).Expression)], [.. collection.Elements.GetSeparators()]),
        ImplicitArrayCreationExpressionSyntax { Initializer: var initializer } => new([.. initializer.Expressions], [.. initializer.Expressions.GetSeparators()]),
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => new([.. initializer.Expressions], [.. initializer.Expressions.GetSeparators()]),
        _ => null,
    };

    // users.User(…)….; as a statement of its own: the declaring call starts the chain.
    private static ExpressionStatementSyntax? DeclaringStatement(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax { Expression: not InvocationExpressionSyntax }
        && DslSyntax.ChainEnd(call).Parent is ExpressionStatementSyntax { Parent: BlockSyntax } statement
            ? statement
            : null;

    // The item and the comma after it (before it, for the last), and the white space between
    // them; a comment stays where it is.
    private static TextChange WithoutItem(ListItems list, int index)
    {
        var item = list.Items[index];
        if (index < list.Separators.Count)
        {
            var comma = list.Separators[index];
            var next = index + 1 < list.Items.Count ? list.Items[index + 1] : null; // none after a trailing comma
            var end = comma.TrailingTrivia.All(t => t.IsKind(SyntaxKind.WhitespaceTrivia)) && next?.GetLeadingTrivia().Count is null or 0 ? comma.FullSpan.End : comma.Span.End;
            return new TextChange(TextSpan.FromBounds(item.SpanStart, end), "");
        }

        var before = list.Separators[index - 1];
        var start = before.TrailingTrivia.All(t => t.IsKind(SyntaxKind.WhitespaceTrivia)) && item.GetLeadingTrivia().Count == 0 ? before.SpanStart : before.Span.End;
        return new TextChange(TextSpan.FromBounds(start, item.Span.End), "");
    }

    // The statement's lines go; each comment in them stays, on a line of its own at the statement's
    // indentation. A statement that shares a line with other code goes alone.
    private static TextChange WithoutStatement(ExpressionStatementSyntax statement)
    {
        var text = statement.SyntaxTree.GetText();
        var first = text.Lines.GetLineFromPosition(statement.SpanStart);
        var last = text.Lines.GetLineFromPosition(statement.Span.End);
        var indentation = text.ToString(TextSpan.FromBounds(first.Start, statement.SpanStart));
        if (indentation.Trim().Length != 0 || statement.FullSpan.End < last.End)
        {
            return new TextChange(statement.Span, "");
        }

        var lineBreak = last.EndIncludingLineBreak > last.End ? text.ToString(TextSpan.FromBounds(last.End, last.EndIncludingLineBreak)) : "\n";
        var comments = statement.DescendantTrivia()
            .Where(t => (t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia)) && t.SpanStart >= statement.SpanStart)
            .Select(comment => indentation + comment.ToString() + lineBreak);
        return new TextChange(TextSpan.FromBounds(first.Start, last.EndIncludingLineBreak), string.Concat(comments));
    }

    private static TopologyFix Edit(Document document, TextChange change, string title) => new(
        title,
        "RemoveDeclaration",
        async cancellationToken =>
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return document.WithText(text.WithChanges(change)).Project.Solution;
        });
}
