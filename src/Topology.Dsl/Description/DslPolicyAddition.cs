using System;

namespace XmppTopology;

/// <summary>A call that adds an external access policy of one scope to the topology.</summary>
internal sealed class DslPolicyAddition(DslMethod method, Type builder, string name, PolicyScope scope, DslArgument<string?>? policyName, DslArgument<bool?> enableXmppAccess)
    : DslMethodDescription(method, builder, name, DslMethodKind.Adds, policyName is null ? [enableXmppAccess] : [policyName, enableXmppAccess])
{
    public PolicyScope Scope { get; } = scope;

    /// <summary>The policy's name (a site's name for a site policy); null for the global policy, which has none.</summary>
    public DslArgument<string?>? PolicyName { get; } = policyName;

    public DslArgument<bool?> EnableXmppAccess { get; } = enableXmppAccess;

    public ExternalAccessPolicy Add(string? name, bool? enableXmppAccess, Origin? origin = null) =>
        new(Scope, name, enableXmppAccess, origin) { NameOrigin = PolicyName is null ? null : origin };

    public ExternalAccessPolicy Add(IDslArguments arguments, Origin? origin) => Add(PolicyName?.Read(arguments), EnableXmppAccess.Read(arguments), origin);
}
