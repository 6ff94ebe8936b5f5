using System;
using System.Collections.Generic;

namespace XmppTopology;

/// <summary>
/// A call that declares users, one or a group: their SIP addresses, and the settings they share
/// before any call sets them.
/// </summary>
internal abstract class DslUsersDeclaration(DslMethod method, Type builder, string name, DslArgument sipAddresses, Func<Origin?, User> settings)
    : DslMethodDescription(method, builder, name, DslMethodKind.Declares, sipAddresses)
{
    /// <summary>The users' SIP addresses as a reader knows them: one null where they are not known.</summary>
    public abstract IReadOnlyList<string?> SipAddresses(IDslArguments arguments);

    /// <summary>The settings of users just declared, each user then named by its SIP address.</summary>
    public User Settings(Origin? origin = null) => settings(origin);
}

/// <summary>A users declaration whose argument is a <typeparamref name="TValue"/>.</summary>
internal sealed class DslUsersDeclaration<TValue>(
    DslMethod method, Type builder, string name, DslArgument<TValue> sipAddresses, Func<TValue, IReadOnlyList<string?>> users, Func<Origin?, User> settings)
    : DslUsersDeclaration(method, builder, name, sipAddresses, settings)
{
    private readonly DslArgument<TValue> _sipAddresses = sipAddresses;

    public override IReadOnlyList<string?> SipAddresses(IDslArguments arguments) => users(_sipAddresses.Read(arguments));
}
