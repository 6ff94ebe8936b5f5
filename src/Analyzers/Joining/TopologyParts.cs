using System.Collections.Generic;

namespace XmppTopology.Analyzers.Joining;

/// <summary>The elements of one topology (one Define call) in declaration order, while they are assembled.</summary>
internal sealed class TopologyParts(string? name, Origin origin)
{
    public string? Name { get; } = name;

    public Origin Origin { get; } = origin;

    public List<Element> Sites { get; } = [];

    public List<Element> Pools { get; } = [];

    public List<Element> Partners { get; } = [];

    public List<Element> UserGroups { get; } = [];

    public List<ExternalAccessPolicy> Policies { get; } = [];
}
