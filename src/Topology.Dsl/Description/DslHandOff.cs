using System;

namespace XmppTopology;

/// <summary>A call that hands its callback a builder that exists already: <c>Users</c>, the topology's user plan.</summary>
internal sealed class DslHandOff(DslMethod method, Type builder, string name)
    : DslMethodDescription(method, builder, name, DslMethodKind.HandsOn);
