using System;

namespace XmppTopology;

/// <summary><c>Topology.Define</c>: names a topology; everything its callback says belongs to it.</summary>
internal sealed class DslDefinition(DslMethod method, Type builder, string name, DslArgument<string?> topologyName)
    : DslMethodDescription(method, builder, name, DslMethodKind.Defines, topologyName)
{
    public DslArgument<string?> TopologyName { get; } = topologyName;
}
