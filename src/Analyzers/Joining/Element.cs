using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// One element as the program would create it at run time: the DSL call that creates it and the
/// element it is created in. A helper method called for two sites creates two elements per call.
/// </summary>
internal sealed class Element(TreeFacts tree, int call, Element? parent)
{
    public TreeFacts Tree { get; } = tree;

    public CallFact Call { get; } = tree.Calls[call];

    public Element? Parent { get; } = parent;

    public Element Root => Parent?.Root ?? this;
}
