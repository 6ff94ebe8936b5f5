using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// Writes a random but compilable topology as DSL source, spread over a few files and helper
/// methods, touching every rule: pool versions and marks, Edge settings, routes, branch
/// appliances, partners and their negotiation, policies, users, moves and mistyped names, and
/// users declared twice across plans and files.
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

        // A user's settings, as a chain after User(...) or Users(...).
        string Settings()
        {
            var settings = $".HomedOn(\"{AnyPool()}\")";
            settings += random.Next(4) switch { 0 => ".Xmpp()", 1 => ".Xmpp(false)", 2 => ".ExternalAccessPolicy(\"XmppUsers\")", _ => "" };
            return Chance(0.3) ? settings + $".MoveTo(\"{AnyPool()}\")" : settings;
        }

        var plan = new List<string>();
        var declared = new List<(string Sip, string Settings)>();
        foreach (var user in Enumerable.Range(0, random.Next(1, 12)))
        {
            var (sip, settings) = ($"sip:user{user}@contoso.com", Settings());
            declared.Add((sip, settings));
            plan.Add($"users.User(\"{sip}\"){settings};");
        }

        // Users declared again (TOPO006), as people do: in another case, in the same plan (before or
        // after the first), in another plan method, in another file, in the topology file, in a
        // Users list written in the call or held in a field; saying the same, or not.
        var later = new List<string>();
        var extra = new List<string>();
        var inline = new List<string>();
        var teams = new List<string>();
        foreach (var _ in Enumerable.Range(0, Chance(0.5) ? random.Next(1, 4) : 0))
        {
            var (sip, original) = declared[random.Next(declared.Count)];
            var spelling = random.Next(4) switch
            {
                0 => sip,
                1 => "SIP:" + sip[4..],
                2 => sip.ToUpperInvariant(),
                _ => "sip:" + char.ToUpperInvariant(sip[4]) + sip[5..],
            };
            var settings = Chance(0.5) ? original : Settings();
            var line = $"users.User(\"{spelling}\"){settings};";
            switch (random.Next(6))
            {
                case 0:
                    plan.Insert(random.Next(plan.Count + 1), line);
                    break;
                case 1:
                    later.Add(line);
                    break;
                case 2:
                    extra.Add(line);
                    break;
                case 3:
                    inline.Add(line);
                    break;
                case 4:
                    plan.Insert(random.Next(plan.Count + 1), $"users.Users([\"sip:team{plan.Count}@contoso.com\", \"{spelling}\"]){settings};");
                    break;
                default:
                    teams.Add(spelling);
                    plan.Insert(random.Next(plan.Count + 1), $"users.Users(Teams.Team{teams.Count - 1}){settings};");
                    break;
            }
        }

        // The plans, handed on in a random order.
        var handOffs = new List<string> { ".Users(Team.Plan)" };
        if (later.Count > 0)
        {
            handOffs.Add(".Users(Team.Later)");
        }

        if (extra.Count > 0)
        {
            handOffs.Add(".Users(Extra.Plan)");
        }

        if (inline.Count > 0)
        {
            handOffs.Add($".Users(users =>\n        {{\n{string.Concat(inline.Select(l => $"            {l}\n"))}        }})");
        }

        foreach (var handOff in handOffs.OrderBy(_ => random.Next()))
        {
            topology.Append("\n        ").Append(handOff);
        }

        topology.Append(");\n");
        topology.Append(siteMethods).Append("\n}\n");

        if (teams.Count > 0)
        {
            handles.Append("\nstatic class Teams\n{\n");
            foreach (var (spelling, index) in teams.Select((t, i) => (t, i)))
            {
                handles.Append(invariant, $"    public static readonly string[] Team{index} = [\"sip:field{index}@contoso.com\", \"{spelling}\"];\n");
            }

            handles.Append("}\n");
        }

        static string Method(string name, List<string> lines) =>
            $"    public static void {name}(UserPlan users)\n    {{\n{string.Concat(lines.Select(l => $"        {l}\n"))}    }}\n";

        var users = "using XmppTopology;\n\nstatic class Team\n{\n" + Method("Plan", plan) + (later.Count > 0 ? "\n" + Method("Later", later) : "") + "}\n";
        List<(string Path, string Source)> files = [("Pools.cs", handles.ToString()), ("Topology.cs", topology.ToString()), ("Users.cs", users)];
        if (extra.Count > 0)
        {
            files.Add(("Extra.cs", "using XmppTopology;\n\nstatic class Extra\n{\n" + Method("Plan", extra) + "}\n"));
        }

        return files;
    }
}
