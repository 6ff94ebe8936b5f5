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
/// users declared twice across plans and files. <see cref="WriteWithSourceForms"/> writes the same topology with the forms a value is held in
/// (issue 15): handles as fields and properties, a cross-file conditional constant, and values the
/// analyzer cannot prove: a local written again, a static constructor assigning a handle again, a
/// list changed with <c>Add</c>. Those are <see cref="UnknownValue"/>s with their alternatives.
/// </summary>
internal static class RandomTopology
{
    private static readonly string[] Versions = ["ProductVersion.LyncServer2013", "ProductVersion.SkypeForBusiness2015", "ProductVersion.SkypeForBusiness2019"];
    private static readonly string[] Negotiations = ["Negotiation.Required", "Negotiation.Optional", "Negotiation.NotSupported"];

    public static IReadOnlyList<(string Path, string Source)> Write(int seed) => Generate(seed, sourceForms: false).Files;

    public static GeneratedTopology WriteWithSourceForms(int seed) => Generate(seed, sourceForms: true);

    // The source forms draw from their own generator: without them, Write(seed) is what it always was.
    private static GeneratedTopology Generate(int seed, bool sourceForms)
    {
        var random = new Random(seed);
        var forms = new Random(unchecked((seed * 31) + 7));
        bool Form(double p) => sourceForms && forms.NextDouble() < p;
        var unknowns = new List<(string File, string Use, string Value, Func<List<string>> Alternatives, string? Witness)>();
        var mentioned = new SortedSet<string>(StringComparer.Ordinal);
        string Pick(IReadOnlyList<string> items) => items[random.Next(items.Count)];
        bool Chance(double p) => random.NextDouble() < p;
        var invariant = CultureInfo.InvariantCulture;

        var sites = Enumerable.Range(0, random.Next(1, 3)).Select(i => $"Site{i}").ToList();
        var frontEnds = Enumerable.Range(0, random.Next(1, 5)).Select(i => $"fe{i}.contoso.com").ToList();
        var edges = Enumerable.Range(0, random.Next(0, 3)).Select(i => $"edge{i}.contoso.com").ToList();
        var branches = Chance(0.3) ? new List<string> { "sba0.contoso.com" } : [];
        var poolNames = frontEnds.Concat(edges).Concat(branches).ToList();
        string AnyPool() => Mention(Chance(0.05) ? "typo" + Pick(poolNames) : Pick(poolNames)); // TOPO001 now and then
        string Mention(string fqdn)
        {
            mentioned.Add(fqdn);
            return fqdn;
        }

        mentioned.UnionWith(poolNames);

        // Pool handles live in their own file: fields or properties; one may be assigned again in a static constructor.
        var reassigned = Form(0.15) ? forms.Next(frontEnds.Count) : -1;
        var handles = new StringBuilder("using XmppTopology;\n\nstatic class Pools\n{\n");
        foreach (var (pool, index) in frontEnds.Select((p, i) => (p, i)))
        {
            var form = !sourceForms ? 0 : index == reassigned ? forms.Next(2) : forms.Next(3);
            handles.Append(form switch
            {
                0 => $"    public static readonly PoolRef Fe{index} = new(\"{pool}\");\n",
                1 => $"    public static PoolRef Fe{index} {{ get; }} = new(\"{pool}\");\n",
                _ => $"    public static PoolRef Fe{index} => new(\"{pool}\");\n",
            });
        }

        if (reassigned >= 0)
        {
            var initializer = frontEnds[reassigned];
            var actual = forms.Next(2) == 0 && frontEnds.Count > 1 ? frontEnds[(reassigned + 1) % frontEnds.Count] : $"fe{reassigned}-pilot.contoso.com";
            var use = $"Pools.Fe{reassigned}";
            handles.Append(invariant, $"\n    static Pools()\n    {{\n        Fe{reassigned} = new(\"{GeneratedTopology.Marker(unknowns.Count)}\");\n    }}\n");
            unknowns.Add(("Topology.cs", $"FrontEndPool({use},", use, () => [actual, initializer, .. mentioned, "elsewhere.contoso.com"], null));
        }

        handles.Append("}\n");
        var files = new List<(string Path, string Source)>();
        var hasCutover = Form(0.3);
        if (hasCutover)
        {
            var cutover = (WhenTrue: forms.Next(frontEnds.Count), WhenFalse: forms.Next(frontEnds.Count), Done: forms.Next(2) == 0);
            // A constant of another file whose value the compiler knows (ConstantValue), though it is a conditional.
            files.Add(("Cutover.cs", $"static class Cutover\n{{\n    public const bool CutoverDone = {(cutover.Done ? "true" : "false")};\n    public const string Target = CutoverDone ? \"{frontEnds[cutover.WhenTrue]}\" : \"{frontEnds[cutover.WhenFalse]}\";\n}}\n"));
        }

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
                siteMethods.Append(invariant, $"\n        .XmppFederationRoute(\"{Mention((Chance(0.05) ? "typo" : "") + Pick(edges))}\")");
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

        // The plan's statements (a local and its use are one), and the users whose settings are plain.
        var plan = new List<string>();
        var declared = new List<(string Sip, string Settings)>();
        var userCount = random.Next(1, 12);
        var local = reassigned < 0 && Form(0.2) ? forms.Next(userCount) : -1;
        foreach (var user in Enumerable.Range(0, userCount))
        {
            var home = AnyPool();
            var chain = $"users.User(\"sip:user{user}@contoso.com\").HomedOn({(user == local ? "target" : $"\"{home}\"")})";
            chain += random.Next(4) switch { 0 => ".Xmpp()", 1 => ".Xmpp(false)", 2 => ".ExternalAccessPolicy(\"XmppUsers\")", _ => "" };
            if (Chance(0.3))
            {
                var move = AnyPool();
                chain += hasCutover && Form(0.3) ? ".MoveTo(Cutover.Target)" : $".MoveTo(\"{move}\")";
            }

            if (user != local)
            {
                plan.Add($"        {chain};\n");
                declared.Add(($"sip:user{user}@contoso.com", chain[chain.IndexOf(").HomedOn(", StringComparison.Ordinal)..][1..]));
                continue;
            }

            // A local written again, before its use or after it: either way the analyzer cannot read it
            // from its initializer. The marker is on the value the runtime uses, the other write is a guess's value.
            var other = Mention(poolNames[forms.Next(poolNames.Count)]);
            var marker = GeneratedTopology.Marker(unknowns.Count);
            var afterUse = forms.Next(3) == 0;
            plan.Add(afterUse
                ? $"        PoolRef target = \"{marker}\";\n        {chain};\n        target = \"{other}\";\n"
                : $"        PoolRef target = \"{other}\";\n        target = \"{marker}\";\n        {chain};\n");
            unknowns.Add(("Users.cs", "HomedOn(target)", "target", () => [home, other, .. mentioned, "elsewhere.contoso.com"], afterUse ? $"target = \"{other}\";" : null));
        }

        var lists = Form(0.15);
        if (lists)
        {
            // A list changed after it is made: its users are not its initializer's.
            var xmpp = forms.Next(3) > 0 ? ".Xmpp()" : "";
            plan.Add($"        List<string> team = [\"sip:team0@contoso.com\"];\n        {GeneratedTopology.Marker(unknowns.Count)}\n        users.Users(team).HomedOn(\"{Mention(frontEnds[forms.Next(frontEnds.Count)])}\"){xmpp};\n");
            unknowns.Add(("Users.cs", "Users(team)", "team", () => ["team.Add(\"sip:team1@contoso.com\");", "", "team[0] = \"sip:team2@contoso.com\";"], null));
        }

        // Users declared again (TOPO006), as people do: in another case, in the same plan (before or
        // after the first), in another plan method, in another file, in the topology file, in a
        // Users list written in the call or held in a field; saying the same, or not.
        string Settings()
        {
            var settings = $".HomedOn(\"{AnyPool()}\")";
            settings += random.Next(4) switch { 0 => ".Xmpp()", 1 => ".Xmpp(false)", 2 => ".ExternalAccessPolicy(\"XmppUsers\")", _ => "" };
            return Chance(0.3) ? settings + $".MoveTo(\"{AnyPool()}\")" : settings;
        }

        var (later, extra, inline, teams) = (new List<string>(), new List<string>(), new List<string>(), new List<string>());
        foreach (var _ in Enumerable.Range(0, declared.Count > 0 && Chance(0.5) ? random.Next(1, 4) : 0))
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
                    plan.Insert(random.Next(plan.Count + 1), $"        {line}\n");
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
                    plan.Insert(random.Next(plan.Count + 1), $"        users.Users([\"sip:group{plan.Count}@contoso.com\", \"{spelling}\"]){settings};\n");
                    break;
                default:
                    teams.Add(spelling);
                    plan.Insert(random.Next(plan.Count + 1), $"        users.Users(Teams.Team{teams.Count - 1}){settings};\n");
                    break;
            }
        }

        // The plans, handed on in a random order.
        List<string> handOffs = [".Users(Team.Plan)", .. later.Count > 0 ? [".Users(Team.Later)"] : Array.Empty<string>(), .. extra.Count > 0 ? [".Users(Extra.Plan)"] : Array.Empty<string>()];
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

        static string Method(string name, IEnumerable<string> statements) =>
            $"    public static void {name}(UserPlan users)\n    {{\n{string.Concat(statements)}    }}\n";

        var users = $"{(lists ? "using System.Collections.Generic;\n" : "")}using XmppTopology;\n\nstatic class Team\n{{\n"
            + Method("Plan", plan) + (later.Count > 0 ? "\n" + Method("Later", later.Select(l => $"        {l}\n")) : "") + "}\n";
        files.InsertRange(0, [("Pools.cs", handles.ToString()), ("Topology.cs", topology.ToString()), ("Users.cs", users)]);
        if (extra.Count > 0)
        {
            files.Add(("Extra.cs", "using XmppTopology;\n\nstatic class Extra\n{\n" + Method("Plan", extra.Select(l => $"        {l}\n")) + "}\n"));
        }

        return new GeneratedTopology(files, [.. unknowns.Select(u => new UnknownValue(u.File, u.Use, u.Value, [.. u.Alternatives().Distinct(StringComparer.Ordinal)], u.Witness))]);
    }
}
