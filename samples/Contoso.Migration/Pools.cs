using XmppTopology;

namespace Contoso.Migration;

/// <summary>Every pool of Contoso, named once and referenced from here.</summary>
internal static class Pools
{
    public const string Domain = "contoso.com";

    // Redmond: the Skype for Business Server 2015 deployment and its 2019 successor.
    public static readonly PoolRef RedmondFe2015 = new("fe15-red." + Domain);
    public static readonly PoolRef RedmondFe2019 = new("fe19-red." + Domain);
    public static readonly PoolRef RedmondEdge2015 = new("edge15-red." + Domain);
    public static readonly PoolRef RedmondEdge2019 = new("edge19-red." + Domain);
    public static readonly PoolRef RedmondDirector = new("dir15-red." + Domain);

    // Dublin: a Lync Server 2013 pool, a 2019 pilot pool and a Standard Edition server.
    public static readonly PoolRef DublinFe2013 = new("fe13-dub." + Domain);
    public static readonly PoolRef DublinFe2019 = new("fe19-dub." + Domain);
    public static readonly PoolRef DublinSe2015 = new("se15-dub." + Domain);

    // Tukwila branch office.
    public static readonly PoolRef TukwilaSba = new("sba-tuk." + Domain);
}
