namespace XmppTopology;

/// <summary>What each product version can do for XMPP federation.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
static class ProductVersionFacts
{
    /// <summary>
    /// Lync Server 2013 and Skype for Business Server 2015 are the legacy versions that still
    /// carry the XMPP gateway and proxy; Skype for Business Server 2019 removed them.
    /// </summary>
    public static bool CarriesXmpp(this ProductVersion version) => version != ProductVersion.SkypeForBusiness2019;

    /// <summary>The product's name as Microsoft writes it.</summary>
    public static string DisplayName(this ProductVersion version) => version switch
    {
        ProductVersion.LyncServer2013 => "Lync Server 2013",
        ProductVersion.SkypeForBusiness2015 => "Skype for Business Server 2015",
        ProductVersion.SkypeForBusiness2019 => "Skype for Business Server 2019",
        _ => version.ToString(),
    };
}
