using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace XmppTopology.Cli.Tests.Fix;

/// <summary>
/// Writes topologies with fixable mistakes in the forms people write them: pools as
/// <c>PoolRef</c> fields, as properties, as string constants, as FQDN literals or as locals;
/// sites, pools and users in files of their own or in one; users one by one, as an array of SIP
/// addresses and as a team (<c>Users(Team)</c>), some declared twice; comments on the lines a fix touches. Topology
/// <c>i</c> gets one mistake from each group below, chosen so that every mistake meets every
/// naming form, and no two mistakes of a topology touch the same element: each is fixed by its
/// own preferred fix, whatever order the rules are fixed in.
/// </summary>
internal static class ViolatingTopologies
{
    /// <summary>The Edges, routes and 2019 pools: XMPP002, XMPP005, XMPP006, TOPO004, XMPP004.</summary>
    private enum EdgeMistake { LegacyEdgeMarked, LegacyEdgeWithoutProxy, RouteThrough2019Edge, FederationOnBothEdges, XmppOn2019Pool }

    /// <summary>The users: XMPP001 (home, planned move, a team's move), XMPP007, TOPO001, TOPO003.</summary>
    private enum UserMistake { XmppUserOn2019, XmppUserMoving, XmppTeamMoving, XmppUserOnBranch, MistypedPool, UserOnPoolBeingRemoved }

    /// <summary>The XMPP partner: XMPP003, XMPP008, or none.</summary>
    private enum PartnerMistake { ConfiguredOn2019, SaslWithoutTls, None }

    /// <summary>A user declared again, saying the same (TOPO006): one by one in another case, as a list's item, or not at all.</summary>
    private enum RepeatMistake { UserAgain, ListItemAgain, None }

    private enum Naming { Fields, Properties, Constants, Literals, Locals }

    /// <summary>The sources of topology <paramref name="index"/> (file name, text), and the rule IDs the analyzer must report for it, one per finding.</summary>
    public static (IReadOnlyList<(string File, string Source)> Files, IReadOnlyList<string> Findings) Write(int index)
    {
        var edge = (EdgeMistake)(index % 5);
        var naming = (Naming)(index / 5 % 5);
        var user = (UserMistake)(index % 6);
        var partner = (PartnerMistake)(index % 3);
        var repeat = (RepeatMistake)(index / 3 % 3);
        var variant = index / 5 % 2 == 0; // the second form of a mistake, every other time
        return new Writer(index, naming).Write(edge, user, partner, repeat, variant);
    }

    private sealed class Writer(int index, Naming naming)
    {
        private readonly string ns = $"Generated.T{index}";
        private readonly string domain = $"t{index}.contoso.com";
        private readonly List<string> findings = [];

        private bool SeparateFiles => naming is Naming.Fields or Naming.Properties or Naming.Constants;

        public (IReadOnlyList<(string File, string Source)>, IReadOnlyList<string>) Write(EdgeMistake edge, UserMistake user, PartnerMistake partner, RepeatMistake repeat, bool variant)
        {
            var site = Site(edge, variant);
            var partnerCall = Partner(partner);
            var users = Users(user, repeat, variant);
            var files = new List<(string, string)>();
            if (SeparateFiles)
            {
                files.Add(("Pools.cs", PoolsFile()));
                files.Add(("Sites.cs", $"using XmppTopology;\n\nnamespace {ns};\n\n/// <summary>The central site, as Topology Builder shows it.</summary>\ninternal static class Sites\n{{\n    public static void Central(CentralSiteBuilder site) => site{Indent(site, 8)};\n}}\n"));
                files.Add(("Users.cs", $"using XmppTopology;\n\nnamespace {ns};\n\n/// <summary>Who stays on the legacy pool for XMPP and who moves to 2019.</summary>\ninternal static class Users\n{{\n    private static readonly string[] Movers = [\"sip:mia@{domain}\", \"sip:max@{domain}\"];\n    private static readonly string[] Team = [\"sip:tom@{domain}\", \"sip:tess@{domain}\"];\n\n    public static void Plan(UserPlan users)\n    {{\n{Indent(users, 8)}\n    }}\n}}\n"));
                files.Add(("Topology.cs", $"using XmppTopology;\n\nnamespace {ns};\n\npublic static class Topology{index}\n{{\n    public static Topology Build() => Topology.Define({Domain()}, t => t\n        .CentralSite(\"Site{index}\", Sites.Central) // one central site\n{Indent(partnerCall, 8)}\n        .Users(Users.Plan));\n}}\n"));
            }
            else if (naming == Naming.Literals)
            {
                files.Add(("Users.cs", $"using XmppTopology;\n\nnamespace {ns};\n\ninternal static class Users\n{{\n    private static readonly string[] Movers = [\"sip:mia@{domain}\", \"sip:max@{domain}\"];\n    private static readonly string[] Team = [\"sip:tom@{domain}\", \"sip:tess@{domain}\"];\n\n    // Who stays on the legacy pool for XMPP and who moves to 2019.\n    public static void Plan(UserPlan users)\n    {{\n{Indent(users, 8)}\n    }}\n}}\n"));
                files.Add(("Topology.cs", $"using XmppTopology;\n\nnamespace {ns};\n\npublic static class Topology{index}\n{{\n    public static Topology Build() => Topology.Define(\"{domain}\", t => t\n        .CentralSite(\"Site{index}\", site => site{Indent(site, 12)})\n{Indent(partnerCall, 8)}\n        .Users(Users.Plan));\n}}\n"));
            }
            else
            {
                var locals = string.Concat(Pools().Select(p => $"        var {p.Name.ToLowerInvariant()} = new PoolRef(\"{p.Fqdn}\");\n"));
                files.Add(("Topology.cs", $"using XmppTopology;\n\nnamespace {ns};\n\npublic static class Topology{index}\n{{\n    public static Topology Build() => Topology.Define(\"{domain}\", t =>\n    {{\n        // The pools, named once.\n{locals}        var movers = new[] {{ \"sip:mia@{domain}\", \"sip:max@{domain}\" }};\n        var team = new[] {{ \"sip:tom@{domain}\", \"sip:tess@{domain}\" }};\n\n        t.CentralSite(\"Site{index}\", site => site{Indent(site, 12)});\n        t{Indent(partnerCall, 8).TrimStart()};\n        t.Users(users =>\n        {{\n{Indent(users.Replace("(Movers)", "(movers)").Replace("(Team)", "(team)"), 12)}\n        }});\n    }});\n}}\n"));
            }

            return (files, findings);
        }

        private IEnumerable<(string Name, string Fqdn)> Pools() =>
        [
            ("Fe15", $"fe15.{domain}"), ("Fe13", $"fe13.{domain}"), ("Fe19", $"fe19.{domain}"),
            ("Edge15", $"edge15.{domain}"), ("Edge19", $"edge19.{domain}"), ("Sba", $"sba.{domain}"),
        ];

        private string PoolsFile()
        {
            var text = new StringBuilder($"using XmppTopology;\n\nnamespace {ns};\n\n/// <summary>Every pool, named once.</summary>\ninternal static class Pools\n{{\n    public const string Domain = \"{domain}\";\n\n");
            foreach (var (name, fqdn) in Pools())
            {
                var prefix = fqdn[..fqdn.IndexOf('.', System.StringComparison.Ordinal)];
                text.Append(naming switch
                {
                    Naming.Fields => $"    public static readonly PoolRef {name} = new(\"{prefix}.\" + Domain);\n",
                    Naming.Properties => $"    public static PoolRef {name} {{ get; }} = new(\"{fqdn}\");\n",
                    _ => $"    public const string {name} = \"{prefix}.\" + Domain;\n",
                });
            }

            return text.Append("}\n").ToString();
        }

        private string Domain() => SeparateFiles ? "Pools.Domain" : $"\"{domain}\"";

        // How the code names a pool: its handle, its constant, its FQDN, its local.
        private string Pool(string name) => naming switch
        {
            Naming.Fields or Naming.Properties or Naming.Constants => $"Pools.{name}",
            Naming.Literals => $"\"{Pools().Single(p => p.Name == name).Fqdn}\"",
            _ => name.ToLowerInvariant(),
        };

        private string Site(EdgeMistake mistake, bool variant)
        {
            var fe19 = $".FrontEndPool({Pool("Fe19")}, ProductVersion.SkypeForBusiness2019)";
            var edge15 = $".EdgePool({Pool("Edge15")}, ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()) // the legacy Edge keeps XMPP";
            var edge19 = $".EdgePool({Pool("Edge19")}, ProductVersion.SkypeForBusiness2019, edge => edge.Federation())";
            var xmppRoute = $".XmppFederationRoute({Pool("Edge15")})";
            switch (mistake)
            {
                case EdgeMistake.LegacyEdgeMarked:
                    edge15 = $".EdgePool({Pool("Edge15")}, ProductVersion.SkypeForBusiness2015, edge => edge\n    .XmppProxy() // Jabber partners\n    .{(variant ? "MarkForRemoval" : "MarkForMigrationTo2019")}()) // decided in the kick-off";
                    findings.AddRange(["XMPP002", "XMPP005", "XMPP006"]); // no legacy Edge with the proxy stays: the route has none
                    break;
                case EdgeMistake.LegacyEdgeWithoutProxy:
                    edge15 = variant
                        ? $".EdgePool({Pool("Edge15")}, ProductVersion.SkypeForBusiness2015) // the legacy Edge"
                        : $".EdgePool({Pool("Edge15")}, ProductVersion.SkypeForBusiness2015, edge => edge.Machines(\"edge15-01.{domain}\")) // one machine";
                    findings.AddRange(["XMPP005", "XMPP006"]); // the route goes through it: fixed with the proxy
                    break;
                case EdgeMistake.RouteThrough2019Edge:
                    xmppRoute = $".XmppFederationRoute({Pool("Edge19")}) // moved with SIP federation";
                    findings.Add("XMPP006");
                    break;
                case EdgeMistake.FederationOnBothEdges:
                    edge15 = $".EdgePool({Pool("Edge15")}, ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().Federation() /* as before the move */)";
                    findings.AddRange(["TOPO004", "TOPO004"]); // one on each Edge; the route keeps the 2019 one
                    break;
                default:
                    if (variant)
                    {
                        fe19 = $".FrontEndPool({Pool("Fe19")}, ProductVersion.SkypeForBusiness2019, fe => fe.XmppGateway()) // copied from the 2015 pool";
                    }
                    else
                    {
                        edge19 = $".EdgePool({Pool("Edge19")}, ProductVersion.SkypeForBusiness2019, edge => edge.Federation().XmppProxy()) // copied from the 2015 Edge";
                    }

                    findings.Add("XMPP004");
                    break;
            }

            return string.Join("\n", new[]
            {
                "",
                $".FrontEndPool({Pool("Fe15")}, ProductVersion.SkypeForBusiness2015) // where XMPP users stay",
                $".FrontEndPool({Pool("Fe13")}, ProductVersion.LyncServer2013, fe => fe.MarkForRemoval()) // empty it first",
                fe19,
                edge15,
                edge19,
                $".FederationRoute({Pool("Edge19")})",
                xmppRoute,
                $".BranchSite(\"Branch{index}\", branch => branch.SurvivableBranchAppliance({Pool("Sba")}, ProductVersion.SkypeForBusiness2015))",
            });
        }

        private string Partner(PartnerMistake mistake)
        {
            var settings = mistake switch
            {
                PartnerMistake.ConfiguredOn2019 => $".ConfiguredOn({Pool("Fe19")}) /* the new pool */)",
                PartnerMistake.SaslWithoutTls => $".TlsNegotiation(Negotiation.NotSupported) // their server has no certificate\n    .SaslNegotiation(Negotiation.Required)\n    .ConfiguredOn({Pool("Fe15")}))",
                _ => $".ConfiguredOn({Pool("Fe15")}))",
            };
            findings.AddRange(mistake switch
            {
                PartnerMistake.ConfiguredOn2019 => ["XMPP003"],
                PartnerMistake.SaslWithoutTls => ["XMPP008"],
                _ => [],
            });
            return $".XmppPartner(\"jabber.t{index}.example.com\", partner => partner // a federated partner\n    .Type(XmppPartnerType.Federated)\n    {settings}";
        }

        private string Users(UserMistake mistake, RepeatMistake repeat, bool variant)
        {
            var lines = new List<string>
            {
                $"users.User(\"sip:ann@{domain}\").HomedOn({Pool("Fe15")}).Xmpp(); // federates with partners",
                $"users.Users(Movers).HomedOn({Pool("Fe15")}).MoveTo({Pool("Fe19")}); // no XMPP: they move",
            };
            switch (repeat)
            {
                case RepeatMistake.UserAgain:
                    lines.Add($"users.User(\"SIP:Ann@{domain}\").HomedOn({Pool("Fe15")}).Xmpp(); // from the second export");
                    findings.Add("TOPO006");
                    break;
                case RepeatMistake.ListItemAgain:
                    lines.Add($"users.Users([\"sip:gus@{domain}\", \"sip:Ann@{domain}\"]).Xmpp().HomedOn({Pool("Fe15")}); // the partner team");
                    findings.Add("TOPO006");
                    break;
            }

            switch (mistake)
            {
                case UserMistake.XmppUserOn2019 when variant:
                    lines.Add($"users.User(\"sip:bob@{domain}\").HomedOn({Pool("Fe19")}).Xmpp(); // moved last week");
                    findings.Add("XMPP001");
                    break;
                case UserMistake.XmppUserOn2019:
                    lines.Add($"users.Users([\"sip:bob@{domain}\", \"sip:bea@{domain}\"]).HomedOn({Pool("Fe19")}).Xmpp(); // moved last week");
                    findings.Add("XMPP001"); // one for the call's two users
                    break;
                case UserMistake.XmppUserMoving:
                    lines.Add($"users.User(\"sip:carl@{domain}\")\n    .HomedOn({Pool("Fe15")})\n    // wave 2\n    .MoveTo({Pool("Fe19")})\n    .Xmpp(); // federates with partners");
                    findings.Add("XMPP001");
                    break;
                case UserMistake.XmppTeamMoving:
                    lines.Add($"users.Users(Team).HomedOn({Pool("Fe15")}).MoveTo({Pool("Fe19")}).Xmpp(); // the whole team moves");
                    findings.Add("XMPP001"); // one for the team
                    break;
                case UserMistake.XmppUserOnBranch:
                    lines.Add($"users.User(\"sip:dora@{domain}\").HomedOn({Pool("Sba")}).Xmpp(); // branch office");
                    findings.Add("XMPP007");
                    break;
                case UserMistake.MistypedPool:
                    lines.Add($"users.User(\"sip:ed@{domain}\").HomedOn(\"fe15.t{index}.contso.com\"); // typed by hand");
                    findings.Add("TOPO001");
                    break;
                default:
                    lines.Add($"users.User(\"sip:fay@{domain}\").HomedOn({Pool("Fe13")}); // still on the old pool");
                    findings.Add("TOPO003");
                    break;
            }

            return string.Join("\n", lines);
        }

        private static string Indent(string lines, int spaces)
        {
            var pad = new string(' ', spaces);
            return string.Join("\n", lines.Split('\n').Select(l => l.Length == 0 ? l : pad + l));
        }
    }
}
