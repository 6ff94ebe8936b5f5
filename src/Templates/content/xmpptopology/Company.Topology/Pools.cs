namespace Company.Topology;

using XmppTopology;

/// <summary>Every pool of the deployment, named once; the plan and the users refer to these.</summary>
public static class Pools
{
    public static readonly PoolRef Fe2015 = new("fe15.contoso.com");
    public static readonly PoolRef Fe2019 = new("fe19.contoso.com");
    public static readonly PoolRef Edge2015 = new("edge15.contoso.com");
    public static readonly PoolRef Edge2019 = new("edge19.contoso.com");
}
