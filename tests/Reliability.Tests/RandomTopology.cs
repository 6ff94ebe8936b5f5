using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// Writes a random but compilable topology as DSL source, spread over a few files and helper
/// methods, touching every rule: pool versions and marks, Edge settings, routes, branch
/// appliances, partners and their negotiation, policies, users, moves and mistyped names.
/// </summary>
internal static class RandomTopology
{
    private static readonly string[] Versions = ["ProductVersion.LyncServer2013", "ProductVersion.SkypeForBusiness2015", "ProductVersion.SkypeForBusiness2019"];
    private static readonly string[] Negotiations = ["Negotiation.Required", "Negotiation.Optional", "Negotiation.NotSupported"];

    public static IReadOnlyList<(string Path, string Source)> Write(int seed)
    {
        var random = new Random(seed);
        string Pick(IReadOnlyList<string> items) => items[random.Next(items.Count)];
        bool Chance(double p) => random.NextDouble() < p;
        var invariant = CultureInfo.InvariantCulture;

        var sites = Enumerable.Range(0, random.Next(1, 3)).Select(i => $"Site{i}").ToList();
        var frontEnds = Enumerable.Range(0, random.Next(1, 5)).Select(i => $"fe{i}.contoso.com").ToList();
        var edges = Enumerable.Range(0, random.Next(0, 3)).Select(i => $"edge{i}.contoso.com").ToList();
        var branches = Chance(0.3) ? new List<string> { "sba0.contoso.com" } : [];
        var poolNames = frontEnds.Concat(edges).Concat(branches).ToList();
        string AnyPool() => Chance(0.05) ? "typo" + Pick(poolNames) : Pick(poolNames); // TOPO001 now and then

        // Pool handles live in their own file.
        var handles = new StringBuilder("using XmppTopology;\n\nstatic class Pools\n{\n");
        foreach (var (pool, index) in frontEnds.Select((p, i) => (p, i)))
        {
            handles.Append(invariant, $"    public static readonly PoolRef Fe{index} = new(\"{pool}\");\n");
        }

        handles.Append("}\n");

        var topology = new StringBuilder("using XmppTopology;\n\npublic static class Generated\n{\n    public static Topology Build() => Topology.Define(\"contoso.com\", t => t");
        var siteMethods = new StringBuilder();
        foreach (var (site, siteIndex) in sites.Select((s, i) => (s, i)))
        {
            topology.Append(invariant, $"\n        .CentralSite(\"{site}\", Site{siteIndex})");
            // A discard keeps the statement valid when the site declares nothing.
            siteMethods.Append(invariant, $"\n    static void Site{siteIndex}(CentralSiteBuilder site) => _ = site");
            foreach (var (pool, index) in frontEnds.Select((p, i) => (p, i)).Where(p => p.i % sites.Count == siteIndex))
            {
                var marks = Chance(0.15) ? (Chance(0.5) ? ".MarkForRemoval()" : ".MarkForMigrationTo2019()") : "";
                var gateway = Chance(0.1) ? ".XmppGateway()" : "";
                var machines = Chance(0.2) ? $".Machines(\"{pool.Replace(".contoso", "-01.contoso", StringComparison.Ordinal)}\")" : "";
                var configure = marks + gateway + machines;
                siteMethods.Append(invariant, $"\n        .FrontEndPool(Pools.Fe{index}, {Pick(Versions)}{(configure.Length > 0 ? $", fe => fe{configure}" : "")})");
            }

            foreach (var edge in edges.Where((_, i) => i % sites.Count == siteIndex))
            {
                var settings = (Chance(0.6) ? ".XmppProxy()" : "") + (Chance(0.5) ? ".Federation()" : "") + (Chance(0.15) ? ".MarkForRemoval()" : Chance(0.1) ? ".MarkForMigrationTo2019()" : "");
                siteMethods.Append(invariant, $"\n        .EdgePool(\"{edge}\", {Pick(Versions)}{(settings.Length > 0 ? $", edge => edge{settings}" : "")})");
            }

            if (edges.Count > 0 && Chance(0.5))
            {
                siteMethods.Append(invariant, $"\n        .XmppFederationRoute(\"{(Chance(0.05) ? "typo" : "")}{Pick(edges)}\")");
            }

            if (siteIndex == 0 && branches.Count > 0)
            {
                siteMethods.Append(invariant, $"\n        .BranchSite(\"Branch\", branch => branch.SurvivableBranchAppliance(\"{branches[0]}\", {Pick(Versions)}))");
            }

            siteMethods.Append(';');
        }

        if (Chance(0.5))
        {
            topology.Append(invariant, $"\n        .GlobalExternalAccessPolicy(enableXmppAccess: {(Chance(0.3) ? "true" : "false")})");
        }

        if (Chance(0.4))
        {
            topology.Append(invariant, $"\n        .SiteExternalAccessPolicy(\"{Pick(sites)}\", enableXmppAccess: true)");
        }

        topology.Append("\n        .UserExternalAccessPolicy(\"XmppUsers\", enableXmppAccess: true)");
        foreach (var partner in Enumerable.Range(0, random.Next(0, 3)))
        {
            var settings = (Chance(0.5) ? $".ConfiguredOn(\"{AnyPool()}\")" : "") + (Chance(0.3) ? $".TlsNegotiation({Pick(Negotiations)})" : "") + (Chance(0.3) ? $".SaslNegotiation({Pick(Negotiations)})" : "");
            topology.Append(invariant, $"\n        .XmppPartner(\"jabber{partner}.fabrikam.com\"{(settings.Length > 0 ? $", p => p{settings}" : "")})");
        }

        topology.Append("\n        .Users(Team.Plan));\n");
        topology.Append(siteMethods).Append("\n}\n");

        var users = new StringBuilder("using XmppTopology;\n\nstatic class Team\n{\n    public static void Plan(UserPlan users)\n    {\n");
        foreach (var user in Enumerable.Range(0, random.Next(1, 12)))
        {
            var chain = $"users.User(\"sip:user{user}@contoso.com\").HomedOn(\"{AnyPool()}\")";
            chain += random.Next(4) switch { 0 => ".Xmpp()", 1 => ".Xmpp(false)", 2 => ".ExternalAccessPolicy(\"XmppUsers\")", _ => "" };
            if (Chance(0.3))
            {
                chain += $".MoveTo(\"{AnyPool()}\")";
            }

            users.Append(invariant, $"        {chain};\n");
        }

        users.Append("    }\n}\n");
        return [("Pools.cs", handles.ToString()), ("Topology.cs", topology.ToString()), ("Users.cs", users.ToString())];
    }
}
