using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// One element as the program would create it at run time: the DSL call that creates it, the
/// element it is created in, and the path of hand-offs that led there. A helper method called for
/// two sites creates two elements per call.
/// </summary>
internal sealed class Element(TreeFacts tree, int treeIndex, int call, Element? parent, OrderKey via)
{
    public TreeFacts Tree { get; } = tree;

    public CallFact Call { get; } = tree.Calls[call];

    public Element? Parent { get; } = parent;

    /// <summary>The hand-offs that lead to the creating call.</summary>
    public OrderKey Via { get; } = via;

    /// <summary>When the element is created.</summary>
    public OrderKey Created { get; } = via.Then(treeIndex, tree.Calls[call].Span.Start);

    public Element Root => Parent?.Root ?? this;
}
