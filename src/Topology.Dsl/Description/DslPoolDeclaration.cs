using System;

namespace XmppTopology;

/// <summary>A call that declares a pool of one role in a site, by FQDN and product version.</summary>
internal sealed class DslPoolDeclaration(DslMethod method, Type builder, string name, PoolRole role)
    : DslMethodDescription(method, builder, name, DslMethodKind.Declares, FqdnArgument, VersionArgument)
{
    private static readonly DslArgument<string?> FqdnArgument = DslArgument.Pool(0, "pool FQDN");
    private static readonly DslArgument<ProductVersion?> VersionArgument = DslArgument.Choice<ProductVersion>(1, "product version");

    public DslArgument<string?> Fqdn { get; } = FqdnArgument;

    public DslArgument<ProductVersion?> Version { get; } = VersionArgument;

    public PoolRole Role { get; } = role;

    /// <summary>The pool, in the site named <paramref name="site"/>.</summary>
    public Pool Declare(string? fqdn, ProductVersion? version, string? site, Origin? origin = null) => new(fqdn, Role, version, site, origin);

    public Pool Declare(IDslArguments arguments, string? site, Origin? origin) => Declare(Fqdn.Read(arguments), Version.Read(arguments), site, origin);
}
