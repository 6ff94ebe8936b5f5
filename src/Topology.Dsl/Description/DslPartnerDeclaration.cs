using System;

namespace XmppTopology;

/// <summary>A call that declares an XMPP federated partner by domain.</summary>
internal sealed class DslPartnerDeclaration(DslMethod method, Type builder, string name, Func<string?, Origin?, XmppPartner> declare)
    : DslMethodDescription(method, builder, name, DslMethodKind.Declares, DomainArgument)
{
    private static readonly DslArgument<string?> DomainArgument = DslArgument.Text(0, "partner domain");

    public DslArgument<string?> Domain { get; } = DomainArgument;

    public XmppPartner Declare(string? domain, Origin? origin = null) => declare(domain, origin);

    public XmppPartner Declare(IDslArguments arguments, Origin? origin) => declare(Domain.Read(arguments), origin);
}
