using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace XmppTopology.Bench;

/// <summary>
/// Writes a synthetic migration topology as DSL source: sites of legacy and 2019 pools, users
/// spread over files, a share of XMPP users and a share of violations (XMPP users on 2019 pools).
/// Deterministic for a given seed.
/// </summary>
internal sealed record SyntheticTopology(int Pools, int Users, int Files, double XmppShare = 0.10, double ViolationShare = 0.01, int Seed = 42)
{
    public IReadOnlyList<(string Path, string Source)> Sources()
    {
        var random = new Random(Seed);
        var userFiles = UsersFiles(Files);
        var files = new List<(string, string)>(Infrastructure(Pools, Enumerable.Range(0, userFiles).Select(file => $"Users{file}")));

        for (var file = 0; file < userFiles; file++)
        {
            var users = new StringBuilder().Append(CultureInfo.InvariantCulture, $"using XmppTopology;\n\nstatic class Users{file}\n{{\n    public static void Plan(UserPlan users)\n    {{\n");
            for (var user = file; user < Users; user += userFiles)
            {
                var violation = random.NextDouble() < ViolationShare;
                var xmpp = violation || random.NextDouble() < XmppShare;
                var pool = random.Next(Pools);
                while (Pools > 4 && ((violation && !Is2019(pool)) || (xmpp && !violation && Is2019(pool))))
                {
                    pool = random.Next(Pools);
                }

                users.Append(CultureInfo.InvariantCulture, $"        users.User(\"sip:user{user}@contoso.com\").HomedOn(Pools.P{pool}){(xmpp ? ".Xmpp()" : "")};\n");
            }

            files.Add(($"Users{file}.cs", users.Append("    }\n}\n").ToString()));
        }

        return files;
    }

    /// <summary>Users files beside the two infrastructure files.</summary>
    public static int UsersFiles(int files) => Math.Max(1, files - 2);

    /// <summary>
    /// Pools.cs (a <c>PoolRef</c> field per pool) and Topology.cs (sites of legacy and 2019 Front End
    /// pools, an Edge with the XMPP proxy each, and the users plans of <paramref name="usersClasses"/>).
    /// </summary>
    public static IEnumerable<(string Path, string Source)> Infrastructure(int poolCount, IEnumerable<string> usersClasses)
    {
        var sites = Math.Max(1, poolCount / 10);
        var pools = new StringBuilder("using XmppTopology;\n\nstatic class Pools\n{\n    public const string Domain = \"contoso.com\";\n");
        for (var pool = 0; pool < poolCount; pool++)
        {
            pools.Append(CultureInfo.InvariantCulture, $"    public static readonly PoolRef P{pool} = new(\"pool{pool}.\" + Domain);\n");
        }

        yield return ("Pools.cs", pools.Append("}\n").ToString());

        var topology = new StringBuilder("using XmppTopology;\n\npublic static class Contoso\n{\n    public static Topology Build() => Topology.Define(Pools.Domain, t => t");
        for (var site = 0; site < sites; site++)
        {
            topology.Append(CultureInfo.InvariantCulture, $"\n        .CentralSite(\"Site{site}\", site => site");
            for (var pool = site; pool < poolCount; pool += sites)
            {
                var version = Is2019(pool) ? "SkypeForBusiness2019" : "SkypeForBusiness2015";
                topology.Append(CultureInfo.InvariantCulture, $"\n            .FrontEndPool(Pools.P{pool}, ProductVersion.{version})");
            }

            topology.Append(CultureInfo.InvariantCulture, $"\n            .EdgePool(\"edge{site}.contoso.com\", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))");
        }

        foreach (var usersClass in usersClasses)
        {
            topology.Append(CultureInfo.InvariantCulture, $"\n        .Users({usersClass}.Plan)");
        }

        yield return ("Topology.cs", topology.Append(");\n}\n").ToString());
    }

    // Every fourth pool is a 2019 pool; the others are legacy.
    public static bool Is2019(int pool) => pool % 4 == 3;
}
