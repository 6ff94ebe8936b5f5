using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace XmppTopology.Analyzers.CodeFixes;

/// <summary>The syntax edits the fixes share: find the diagnosed call, drop a call from a chain, append one.</summary>
internal static class DslSyntax
{
    /// <summary>The invocation a diagnostic is reported on: its span runs from the method name to the closing parenthesis.</summary>
    public static InvocationExpressionSyntax? DiagnosedCall(SyntaxNode root, TextSpan span) =>
        root.FindNode(span, getInnermostNodeForTie: true)
            .AncestorsAndSelf()
            .OfType<InvocationExpressionSyntax>()
            .FirstOrDefault(invocation => invocation.Span.End == span.End);

    public static string? MethodName(InvocationExpressionSyntax invocation) =>
        (invocation.Expression as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText;

    /// <summary>
    /// The chain without this call: <c>edge.XmppProxy().MarkForRemoval()</c> becomes
    /// <c>edge.XmppProxy()</c>. Comments around the removed call stay; bare line breaks go.
    /// </summary>
    public static ExpressionSyntax? WithoutCall(InvocationExpressionSyntax invocation)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax member)
        {
            return null;
        }

        // The argument list's last trivia is the call's own trailing trivia: counted once.
        var receiver = member.Expression;
        var trailing = invocation.GetTrailingTrivia();
        var removedTrivia = receiver.GetTrailingTrivia()
            .Concat(member.OperatorToken.LeadingTrivia)
            .Concat(member.OperatorToken.TrailingTrivia)
            .Concat(member.Name.GetLeadingTrivia())
            .Concat(invocation.ArgumentList.DescendantTrivia().Where(t => !trailing.Contains(t)))
            .Concat(trailing)
            .ToList();

        if (!removedTrivia.Any(IsComment))
        {
            return receiver.WithTrailingTrivia(trailing);
        }

        // Keep the trivia up to the last comment, and end that comment's line: the next call
        // keeps its own indentation.
        // Runs of spaces from both sides of the removed call become one.
        var lastComment = removedTrivia.FindLastIndex(IsComment);
        var kept = new List<SyntaxTrivia>();
        foreach (var trivia in removedTrivia.Take(lastComment + 1))
        {
            if (!(trivia.IsKind(SyntaxKind.WhitespaceTrivia) && kept.Count > 0 && kept[kept.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)))
            {
                kept.Add(trivia);
            }
        }

        lastComment = kept.Count - 1;
        if (kept[lastComment].IsKind(SyntaxKind.SingleLineCommentTrivia) || trailing.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
        {
            kept.Add(SyntaxFactory.EndOfLine("\n"));
        }

        return receiver.WithTrailingTrivia(kept);
    }

    /// <summary>
    /// Removes a call from its chain: the node to replace and its replacement. When the call was
    /// all a configure callback did (<c>edge => edge.Federation()</c>), the callback goes too.
    /// </summary>
    public static (SyntaxNode Old, SyntaxNode New)? RemoveCall(InvocationExpressionSyntax call)
    {
        if (WithoutCall(call) is not { } rest)
        {
            return null;
        }

        if (rest is IdentifierNameSyntax
            && call.Parent is LambdaExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax arguments } callback })
        {
            return (arguments, arguments.WithArguments(arguments.Arguments.Remove(callback)));
        }

        return (call, rest);
    }

    /// <summary>The outermost call of the fluent chain this call is part of.</summary>
    public static InvocationExpressionSyntax ChainEnd(InvocationExpressionSyntax invocation)
    {
        var end = invocation;
        while (end.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax outer } access && access.Expression == end)
        {
            end = outer;
        }

        return end;
    }

    /// <summary>The calls of a fluent chain, innermost first, ending at <paramref name="end"/>.</summary>
    public static IEnumerable<InvocationExpressionSyntax> ChainCalls(InvocationExpressionSyntax end)
    {
        var calls = new Stack<InvocationExpressionSyntax>();
        for (ExpressionSyntax? current = end; current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } call; current = member.Expression)
        {
            calls.Push(call);
        }

        return calls;
    }

    /// <summary><c>chain.Method(arguments)</c>, keeping the chain's trailing trivia after the new call.</summary>
    public static InvocationExpressionSyntax Append(ExpressionSyntax chain, string method, params ArgumentSyntax[] arguments) =>
        SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, chain.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName(method)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments)))
            .WithTrailingTrivia(chain.GetTrailingTrivia());

    private static bool IsComment(SyntaxTrivia trivia) =>
        trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia);
}
