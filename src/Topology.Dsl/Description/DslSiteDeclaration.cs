using System;

namespace XmppTopology;

/// <summary>A call that declares a site of one kind, by name.</summary>
internal sealed class DslSiteDeclaration(DslMethod method, Type builder, string name, SiteKind siteKind)
    : DslMethodDescription(method, builder, name, DslMethodKind.Declares, SiteNameArgument)
{
    private static readonly DslArgument<string?> SiteNameArgument = DslArgument.Text(0, "site name");

    public DslArgument<string?> SiteName { get; } = SiteNameArgument;

    public SiteKind SiteKind { get; } = siteKind;

    /// <summary>The site; <paramref name="centralSite"/> is the central site a branch is declared in (null for a central site).</summary>
    public Site Declare(string? name, string? centralSite, Origin? origin = null) => new(name, SiteKind, origin) { CentralSite = centralSite };

    public Site Declare(IDslArguments arguments, string? centralSite, Origin? origin) => Declare(SiteName.Read(arguments), centralSite, origin);
}
