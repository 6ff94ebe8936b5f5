using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using static XmppTopology.Cli.Import.CSharpText;

namespace XmppTopology.Cli.Import;

/// <summary>
/// Writes an imported deployment as DSL code a person would write: each pool named once as a
/// <c>PoolRef</c> handle, sites and pools as fluent calls, policies and partners after them, what
/// was not imported in the header; the users in files of <see cref="UsersPerFile"/> users that the
/// topology hands its user plan to. Deterministic: the same input gives the same bytes.
/// </summary>
internal static class DslWriter
{
    /// <summary>
    /// Users files are read whole again when edited: 1,000 users keep one file's re-reading small
    /// and 100,000 users to 100 files.
    /// </summary>
    public const int UsersPerFile = 1000;

    private const char Newline = '\n';

    /// <summary>The topology file first, then the users files, each with its file name.</summary>
    public static IReadOnlyList<(string FileName, string Code)> Write(ImportedDeployment deployment, string? namespaceName = null, string? className = null)
    {
        var topology = deployment.Topology;
        var domainWord = Pascal(topology.Domain.Split('.')[0]);
        namespaceName ??= domainWord + ".Deployment";
        className ??= domainWord + "Topology";
        var handles = new PoolHandles(topology, className);
        var usersFiles = UsersFiles(deployment, handles, namespaceName, className);
        var files = new List<(string, string)> { (className + ".cs", TopologyFile(deployment, handles, namespaceName, className, usersFiles.Select(f => f.ClassName).ToList())) };
        files.AddRange(usersFiles.Select(f => (f.ClassName + ".cs", f.Code)));
        return files;
    }

    private static string TopologyFile(ImportedDeployment deployment, PoolHandles handles, string namespaceName, string className, IReadOnlyList<string> usersClasses)
    {
        var topology = deployment.Topology;
        var code = new StringBuilder();
        void Line(string text = "") => code.Append(text).Append(Newline);

        var sources = string.Join(", ", deployment.ExportSources.Select(OneLine));
        Line($"// Imported from {OneLine(deployment.TopologySource)}{(sources.Length > 0 ? " and " + sources : "")} by xmpp-topology import.");
        Line("// Add the migration plan (and what was not imported), and the analyzer checks it.");
        Section("Not imported (the DSL does not model them):", topology.NotImported);
        Section("Notes:", topology.Notes);
        if (deployment.Users is { } users)
        {
            Section("Users:", UsersSummary(users, Lync2010Pools(topology), usersClasses));
        }

        Line();
        NamespaceAndUsing(Line, namespaceName);
        Line($"/// <summary>The {OneLine(topology.Domain)} topology, as Topology Builder describes it.</summary>");
        Line($"public static class {className}");
        Line("{");
        foreach (var (fqdn, handle) in handles.Declared)
        {
            Line($"    public static readonly PoolRef {handle} = new({Literal(fqdn)});");
        }

        if (handles.Declared.Count > 0)
        {
            Line();
        }

        code.Append(CultureInfo.InvariantCulture, $"    public static Topology Build() => Topology.Define({Literal(topology.Domain)}, t => t");
        void Call(string call) => code.Append(Newline).Append(Indent(8)).Append(call);
        foreach (var site in topology.Sites)
        {
            Call($".CentralSite({Literal(site.Name)}, {SiteLambda(site, "site", 12, handles)})");
        }

        foreach (var policy in deployment.Policies)
        {
            Call(policy.Scope switch
            {
                PolicyKind.Global => $".GlobalExternalAccessPolicy(enableXmppAccess: {Bool(policy.EnableXmppAccess)})",
                PolicyKind.Site => $".SiteExternalAccessPolicy({Literal(policy.Name!)}, enableXmppAccess: {Bool(policy.EnableXmppAccess)})",
                _ => $".UserExternalAccessPolicy({Literal(policy.Name!)}, enableXmppAccess: {Bool(policy.EnableXmppAccess)})",
            });
        }

        foreach (var partner in deployment.Partners)
        {
            Call($".XmppPartner({Literal(partner.Domain)}, p => p.Type(XmppPartnerType.{partner.PartnerType}).TlsNegotiation(Negotiation.{partner.TlsNegotiation})"
                + $".SaslNegotiation(Negotiation.{partner.SaslNegotiation}).SupportDialbackNegotiation({Bool(partner.SupportDialbackNegotiation)}))");
        }

        foreach (var usersClass in usersClasses)
        {
            Call($".Users({usersClass}.Plan)");
        }

        Line(");");
        Line("}");
        return code.ToString();

        void Section(string title, IReadOnlyList<string> lines)
        {
            if (lines.Count == 0)
            {
                return;
            }

            Line("// " + title);
            foreach (var item in lines)
            {
                Line("//   " + OneLine(item));
            }
        }
    }

    private static List<string> UsersSummary(ImportedUsers users, HashSet<string> lync2010, IReadOnlyList<string> usersClasses)
    {
        var onLync2010 = users.Users.Count(u => lync2010.Contains(u.RegistrarPool));
        var summary = new List<string>
        {
            $"{users.Users.Count - onLync2010} from {users.Source}, in {usersClasses.Count} file(s) of up to {UsersPerFile}"
                + (usersClasses.Count > 0 ? $" ({usersClasses[0]}.cs{(usersClasses.Count > 1 ? " to " + usersClasses[^1] + ".cs" : "")})" : ""),
        };
        if (onLync2010 > 0)
        {
            summary.Add($"{onLync2010} homed on Lync Server 2010 pools: listed as comments where they stand, not declared");
        }

        if (users.NotEnabled > 0)
        {
            summary.Add($"{users.NotEnabled} not imported: not enabled for Skype for Business Server (Enabled is False)");
        }

        if (users.NotHomed > 0)
        {
            summary.Add($"{users.NotHomed} not imported: no RegistrarPool (not homed on an on-premises pool)");
        }

        return summary;
    }

    private static List<(string ClassName, string Code)> UsersFiles(ImportedDeployment deployment, PoolHandles handles, string namespaceName, string className)
    {
        var files = new List<(string, string)>();
        if (deployment.Users is not { } users)
        {
            return files;
        }

        var lync2010 = Lync2010Pools(deployment.Topology);
        var count = (users.Users.Count + UsersPerFile - 1) / UsersPerFile;
        var digits = Math.Max(3, count.ToString(CultureInfo.InvariantCulture).Length);
        for (var file = 0; file < count; file++)
        {
            var chunk = users.Users.Skip(file * UsersPerFile).Take(UsersPerFile).ToList();
            var name = className + "Users" + (file + 1).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
            var code = new StringBuilder();
            void Line(string text = "") => code.Append(text).Append(Newline);

            Line($"// Imported from {OneLine(users.Source)} (lines {chunk[0].Line} to {chunk[^1].Line}) by xmpp-topology import: users {(file * UsersPerFile) + 1} to {(file * UsersPerFile) + chunk.Count}.");
            Line();
            NamespaceAndUsing(Line, namespaceName);
            Line($"/// <summary>Users of the {OneLine(deployment.Topology.Domain)} topology, where Get-CsUser says they are homed.</summary>");
            Line($"public static class {name}");
            Line("{");
            Line("    public static void Plan(UserPlan users)");
            Line("    {");
            foreach (var user in chunk)
            {
                Line(Indent(8) + UserLine(user, handles, className, lync2010));
            }

            Line("    }");
            Line("}");
            files.Add((name, code.ToString()));
        }

        return files;
    }

    // The shape the analyzer reads from its text without binding: users.User("sip").HomedOn(Type.Member) and literals.
    private static string UserLine(ImportedUser user, PoolHandles handles, string className, HashSet<string> lync2010)
    {
        if (lync2010.Contains(user.RegistrarPool))
        {
            return $"// {OneLine(user.SipAddress)}: homed on {OneLine(user.RegistrarPool)}, a Lync Server 2010 pool (see {className}'s header)";
        }

        var pool = handles[user.RegistrarPool] is { } handle ? className + "." + handle : Literal(user.RegistrarPool);
        var line = $"users.User({Literal(user.SipAddress)}).HomedOn({pool})";
        return (user.ExternalAccessPolicy is { } policy ? line + $".ExternalAccessPolicy({Literal(policy)})" : line) + ";";
    }

    private static string SiteLambda(ImportedSite site, string parameter, int indent, PoolHandles handles)
    {
        var calls = site.Pools.Where(p => !p.IsLync2010).Select(pool => PoolCall(pool, indent, handles))
            .Concat(site.BranchSites.Select(branch => $".BranchSite({Literal(branch.Name)}, {SiteLambda(branch, "branch", indent + 4, handles)})"))
            .ToList();
        var lync2010 = site.Pools.Where(p => p.IsLync2010).Select(p => $"// Lync Server 2010, not declared (see the header): {TopologyMapper.Describe(p.Kind)} {OneLine(p.Fqdn)}").ToList();
        if (calls.Count == 0)
        {
            return lync2010.Count == 0 ? $"{parameter} => {{ }}"
                : $"{parameter} =>{Newline}{Indent(indent - 4)}{{" + string.Concat(lync2010.Select(c => Newline + Indent(indent) + c)) + $"{Newline}{Indent(indent - 4)}}}";
        }

        return $"{parameter} => {parameter}" + string.Concat(lync2010.Concat(calls).Select(c => Newline + Indent(indent) + c));
    }

    private static string PoolCall(ImportedPool pool, int indent, PoolHandles handles)
    {
        var settings = new List<string>();
        var machines = pool.Machines.Where(m => !string.Equals(m, pool.Fqdn, StringComparison.OrdinalIgnoreCase)).ToList();
        if (machines.Count > 0)
        {
            settings.Add($".Machines({string.Join(", ", machines.Select(Literal))})");
        }

        if (pool.AssociatedEdge is { } edge)
        {
            settings.Add($".AssociatedEdge({handles[edge]})");
        }

        if (pool.Federation == true)
        {
            settings.Add(".Federation()");
        }

        if (pool.XmppProxy == true)
        {
            settings.Add(".XmppProxy()");
        }

        var call = $".{pool.Kind}({handles[pool.Fqdn]}, ProductVersion.{pool.Version}";
        if (settings.Count == 0)
        {
            return call + ")";
        }

        var parameter = pool.Kind == PoolKind.EdgePool ? "edge" : "pool";
        return call + $", {parameter} => {parameter}" + string.Concat(settings.Select(s => Newline + Indent(indent + 4) + s)) + ")";
    }

    private static HashSet<string> Lync2010Pools(ImportedTopology topology) =>
        topology.Sites.SelectMany(TopologyMapper.AllPools).Where(p => p.IsLync2010).Select(p => p.Fqdn).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string Bool(bool value) => value ? "true" : "false";

    // The using inside the namespace: there `Topology` is the DSL's type even when the project also
    // has a namespace such as Contoso.Topology, which a using above the namespace would lose to (CS0118).
    private static void NamespaceAndUsing(Action<string> line, string namespaceName)
    {
        line($"namespace {namespaceName};");
        line("");
        line("using XmppTopology;");
        line("");
    }
}
