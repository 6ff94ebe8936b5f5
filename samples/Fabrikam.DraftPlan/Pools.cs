using XmppTopology;

namespace Fabrikam.DraftPlan;

internal static class Pools
{
    public const string Domain = "fabrikam.com";

    public static readonly PoolRef Fe2015 = new($"fe15.{Domain}");
    public static readonly PoolRef Fe2019 = new($"fe19.{Domain}");
    public static readonly PoolRef Edge2015 = new($"edge15.{Domain}");
    public static readonly PoolRef Edge2019 = new($"edge19.{Domain}");
}
