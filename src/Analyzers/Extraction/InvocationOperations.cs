using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// The operations of one tree's invocations. Asking the semantic model for an invocation walks
/// from it up to its member's declaration, so asking for every call of a fluent chain costs the
/// square of the chain's length: a topology of 10,000 pools is one chain 22,000 nodes deep. The
/// first invocation asked for in a chain is the outermost (the tree is read in pre-order), and
/// the invocations inside it are taken from its operation.
/// </summary>
internal sealed class InvocationOperations(SemanticModel model, CancellationToken cancellationToken)
{
    private readonly Dictionary<SyntaxNode, IInvocationOperation> _known = [];

    public IInvocationOperation? Of(InvocationExpressionSyntax invocation)
    {
        if (_known.TryGetValue(invocation, out var known))
        {
            return known;
        }

        var operation = model.GetOperation(invocation, cancellationToken) as IInvocationOperation;
        if (operation is not null)
        {
            Remember(operation);
        }

        return operation;
    }

    // Each operation is visited once: an invocation already known was visited with its children.
    private void Remember(IOperation root)
    {
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (operation is IInvocationOperation { Syntax: InvocationExpressionSyntax syntax } invocation)
            {
                if (operation != root && _known.ContainsKey(syntax))
                {
                    continue;
                }

                _known[syntax] = invocation;
            }

            foreach (var child in operation.ChildOperations)
            {
                pending.Push(child);
            }
        }
    }
}
