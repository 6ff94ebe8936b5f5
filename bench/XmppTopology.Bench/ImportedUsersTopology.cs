using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace XmppTopology.Bench;

/// <summary>
/// The synthetic topology as <c>xmpp-topology import Contoso.tbxml --users users.csv --policies
/// policies.csv -o folder</c> writes it (src/Cli/Import/DslWriter.cs on the import branch): the
/// pool handles in the topology class, sites and pools as fluent calls, the policies, and the users
/// in files of 1,000 (so 100,000 users make 100 users files, not the other shapes' 198), one
/// <c>users.User(sip).HomedOn(ContosoTopology.Handle)</c> line each, XMPP through the per-user
/// external access policy. A violation is an XMPP user homed on a 2019 pool. Deterministic for a seed.
/// </summary>
internal sealed record ImportedUsersTopology(int Pools, int Users, double XmppShare = 0.10, double ViolationShare = 0.01, int Seed = 42)
{
    /// <summary>The importer's users file size (DslWriter.UsersPerFile).</summary>
    public const int UsersPerFile = 1000;

    private const string ClassName = "ContosoTopology";
    private const string XmppPolicy = "XmppUsers";

    public IReadOnlyList<(string Path, string Source)> Sources()
    {
        var random = new Random(Seed);
        var usersFiles = (Users + UsersPerFile - 1) / UsersPerFile;
        var digits = Math.Max(3, usersFiles.ToString(CultureInfo.InvariantCulture).Length);
        var usersClasses = Enumerable.Range(1, usersFiles).Select(file => ClassName + "Users" + file.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0')).ToList();
        var files = new List<(string, string)> { (ClassName + ".cs", TopologyFile(usersClasses)) };
        for (var file = 0; file < usersFiles; file++)
        {
            var (first, last) = (file * UsersPerFile, Math.Min(Users, (file + 1) * UsersPerFile) - 1);
            var code = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"// Imported from users.csv (lines {first + 2} to {last + 2}) by xmpp-topology import: users {first + 1} to {last + 1}.\n\n")
                .Append("using XmppTopology;\n\nnamespace Contoso.Deployment;\n\n")
                .Append("/// <summary>Users of the contoso.com topology, where Get-CsUser says they are homed.</summary>\n")
                .Append(CultureInfo.InvariantCulture, $"public static class {usersClasses[file]}\n{{\n    public static void Plan(UserPlan users)\n    {{\n");
            for (var user = first; user <= last; user++)
            {
                var violation = random.NextDouble() < ViolationShare;
                var xmpp = violation || random.NextDouble() < XmppShare;
                var pool = random.Next(Pools);
                while (Pools > 4 && ((violation && !SyntheticTopology.Is2019(pool)) || (xmpp && !violation && SyntheticTopology.Is2019(pool))))
                {
                    pool = random.Next(Pools);
                }

                code.Append(CultureInfo.InvariantCulture, $"        users.User(\"sip:user{user}@contoso.com\").HomedOn({ClassName}.Pool{pool}){(xmpp ? $".ExternalAccessPolicy(\"{XmppPolicy}\")" : "")};\n");
            }

            files.Add((usersClasses[file] + ".cs", code.Append("    }\n}\n").ToString()));
        }

        return files;
    }

    private string TopologyFile(List<string> usersClasses)
    {
        var sites = Math.Max(1, Pools / 10);
        var code = new StringBuilder()
            .Append("// Imported from Contoso.tbxml and users.csv, policies.csv by xmpp-topology import.\n")
            .Append("// Add the migration plan (and what was not imported), and the analyzer checks it.\n")
            .Append("// Users:\n")
            .Append(CultureInfo.InvariantCulture, $"//   {Users} from users.csv, in {usersClasses.Count} file(s) of up to {UsersPerFile} ({usersClasses[0]}.cs to {usersClasses[^1]}.cs)\n\n")
            .Append("using XmppTopology;\n\nnamespace Contoso.Deployment;\n\n")
            .Append("/// <summary>The contoso.com topology, as Topology Builder describes it.</summary>\n")
            .Append(CultureInfo.InvariantCulture, $"public static class {ClassName}\n{{\n");
        for (var site = 0; site < sites; site++)
        {
            for (var pool = site; pool < Pools; pool += sites)
            {
                code.Append(CultureInfo.InvariantCulture, $"    public static readonly PoolRef Pool{pool} = new(\"pool{pool}.contoso.com\");\n");
            }

            code.Append(CultureInfo.InvariantCulture, $"    public static readonly PoolRef Edge{site} = new(\"edge{site}.contoso.com\");\n");
        }

        code.Append("\n    public static Topology Build() => Topology.Define(\"contoso.com\", t => t");
        for (var site = 0; site < sites; site++)
        {
            code.Append(CultureInfo.InvariantCulture, $"\n        .CentralSite(\"Site{site}\", site => site");
            for (var pool = site; pool < Pools; pool += sites)
            {
                var version = SyntheticTopology.Is2019(pool) ? "SkypeForBusiness2019" : "SkypeForBusiness2015";
                code.Append(CultureInfo.InvariantCulture, $"\n            .FrontEndPool(Pool{pool}, ProductVersion.{version})");
            }

            code.Append(CultureInfo.InvariantCulture, $"\n            .EdgePool(Edge{site}, ProductVersion.SkypeForBusiness2015, edge => edge\n                .XmppProxy()))");
        }

        code.Append("\n        .GlobalExternalAccessPolicy(enableXmppAccess: false)")
            .Append(CultureInfo.InvariantCulture, $"\n        .UserExternalAccessPolicy(\"{XmppPolicy}\", enableXmppAccess: true)");
        foreach (var usersClass in usersClasses)
        {
            code.Append(CultureInfo.InvariantCulture, $"\n        .Users({usersClass}.Plan)");
        }

        return code.Append(");\n}\n").ToString();
    }
}
