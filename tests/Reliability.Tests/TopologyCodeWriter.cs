using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// Writes <see cref="TopologyCode"/> as C# the way people write topologies: one call per line,
/// members qualified as the file's usings allow, <c>partial</c> where a class has several parts.
/// </summary>
internal static class TopologyCodeWriter
{
    private const string Indent = "    ";

    /// <summary>Each file's path and text, in file order.</summary>
    public static IReadOnlyList<(string Path, string Source)> Write(TopologyCode code) =>
        [.. code.Files.Select(file => (file.Path, Write(code, file)))];

    private static string Write(TopologyCode code, CodeFile file)
    {
        var text = new StringBuilder();
        var usings = file.Usings.ToList();
        var needsLists = file.Classes.SelectMany(c => c.Members).OfType<PlanMethod>().SelectMany(p => p.Statements).Any(s => s is LocalSips { Style: SipsStyle.List });
        if (needsLists && !usings.Any(u => u is { Target: "System.Collections.Generic", Static: false, Alias: null }))
        {
            usings.Add(new UsingLine("System.Collections.Generic"));
        }

        foreach (var line in usings.OrderBy(u => u.Alias is not null ? 2 : u.Static ? 1 : 0).ThenBy(u => u.Target.StartsWith("System", StringComparison.Ordinal) ? 0 : 1).ThenBy(u => u.Target, StringComparer.Ordinal))
        {
            text.Append(line).Append('\n');
        }

        foreach (var part in file.Classes)
        {
            text.Append('\n');
            var partial = code.Parts.Count(p => p.Class.Name == part.Name) > 1 ? "partial " : "";
            text.Append(part.IsPublic ? "public " : "").Append("static ").Append(partial).Append("class ").Append(part.Name).Append("\n{\n");
            var scope = new Scope(code, file, part.Name);
            var wroteMethod = false;
            var fields = part.Members.Where(m => Order(m) < 10).OrderBy(Order).ToList();
            foreach (var member in fields)
            {
                text.Append(Indent).Append(WriteField(scope, member)).Append('\n');
            }

            foreach (var member in part.Members.Where(m => Order(m) >= 10).OrderBy(Order))
            {
                if (fields.Count > 0 || wroteMethod)
                {
                    text.Append('\n');
                }

                wroteMethod = true;
                WriteMethod(text, scope, member);
            }

            text.Append("}\n");
        }

        return text.ToString();
    }

    // Constants first, then fields in the order their initializers may read each other, then methods.
    private static int Order(Member member) => member switch
    {
        Flag => 0,
        Text { IsConst: true } => 1,
        Choice => 2,
        Text => 3,
        Handle => 4,
        SipArray => 5,
        StaticConstructor => 10,
        BuildMethod => 11,
        SiteMethod => 12,
        _ => 13,
    };

    private static string WriteField(Scope scope, Member member) => member switch
    {
        Flag flag => $"public const bool {flag.Name} = {(flag.Value ? "true" : "false")};",
        Text { IsConst: true } text => $"public const string {text.Name} = {scope.Write(text.Value)};",
        Text text => $"public static readonly string {text.Name} = {scope.Write(text.Value)};",
        Choice choice => $"public const string {choice.Name} = {scope.Write(choice.Condition)} ? \"{choice.WhenTrue}\" : \"{choice.WhenFalse}\";",
        Handle { Form: HandleForm.Field } handle => $"public static readonly PoolRef {handle.Name} = new({scope.Write(handle.Fqdn)});",
        Handle { Form: HandleForm.AutoProperty } handle => $"public static PoolRef {handle.Name} {{ get; }} = new({scope.Write(handle.Fqdn)});",
        Handle handle => $"public static PoolRef {handle.Name} => new({scope.Write(handle.Fqdn)});",
        SipArray array => $"public static readonly string[] {array.Name} = {Sips(array.Sips)};",
        _ => throw new InvalidOperationException("not a field: " + member),
    };

    private static void WriteMethod(StringBuilder text, Scope scope, Member member)
    {
        var body = Indent + Indent;
        switch (member)
        {
            case StaticConstructor constructor:
                text.Append(Indent).Append("static ").Append(scope.ClassName).Append("()\n").Append(Indent).Append("{\n");
                foreach (var assignment in constructor.Assignments)
                {
                    var value = scope.Code.Member<Handle>(assignment.Target) is not null ? $"new({scope.Write(assignment.Value)})" : scope.Write(assignment.Value);
                    text.Append(body).Append(assignment.Target).Append(" = ").Append(value).Append(";\n");
                }

                text.Append(Indent).Append("}\n");
                break;

            case BuildMethod build:
                text.Append(Indent).Append("public static Topology Build() => Topology.Define(").Append(scope.Write(build.Domain)).Append(", t => t");
                foreach (var site in build.Sites)
                {
                    text.Append('\n').Append(body).Append(CultureInfo.InvariantCulture, $".CentralSite(\"{site.SiteName}\", {scope.Write(site.Method)})");
                }

                foreach (var partner in build.Partners)
                {
                    text.Append('\n').Append(body).Append(CultureInfo.InvariantCulture, $".XmppPartner(\"{partner.Domain}\"")
                        .Append(partner.ConfiguredOn is { } pool ? $", p => p.ConfiguredOn({scope.Write(pool)}))" : ")");
                }

                if (build.GlobalXmpp is { } global)
                {
                    text.Append('\n').Append(body).Append(CultureInfo.InvariantCulture, $".GlobalExternalAccessPolicy(enableXmppAccess: {(global ? "true" : "false")})");
                }

                text.Append('\n').Append(body).Append(".UserExternalAccessPolicy(\"XmppUsers\", enableXmppAccess: true)");
                foreach (var plan in build.Plans)
                {
                    text.Append('\n').Append(body).Append(CultureInfo.InvariantCulture, $".Users({scope.Write(plan)})");
                }

                text.Append(");\n");
                break;

            case SiteMethod site:
                text.Append(Indent).Append(CultureInfo.InvariantCulture, $"public static void {site.Name}(CentralSiteBuilder site) => ").Append(site.Entries.IsEmpty ? "_ = site" : "site");
                foreach (var entry in site.Entries)
                {
                    text.Append('\n').Append(body).Append(WriteEntry(scope, entry));
                }

                text.Append(";\n");
                break;

            case PlanMethod plan:
                text.Append(Indent).Append(CultureInfo.InvariantCulture, $"public static void {plan.Name}(UserPlan users)\n").Append(Indent).Append("{\n");
                foreach (var statement in plan.Statements)
                {
                    text.Append(body).Append(WriteStatement(scope, statement)).Append('\n');
                }

                text.Append(Indent).Append("}\n");
                break;

            default:
                throw new InvalidOperationException("not a method: " + member);
        }
    }

    private static string WriteEntry(Scope scope, SiteEntry entry)
    {
        switch (entry)
        {
            case PoolDeclaration pool:
                var (method, builder) = pool.Kind == PoolKind.Edge ? ("EdgePool", "edge") : ("FrontEndPool", "fe");
                var settings = (pool.XmppGateway ? ".XmppGateway()" : "") + (pool.XmppProxy ? ".XmppProxy()" : "") + (pool.Federation ? ".Federation()" : "")
                    + pool.Mark switch { PoolMark.Removal => ".MarkForRemoval()", PoolMark.MigrationTo2019 => ".MarkForMigrationTo2019()", _ => "" };
                return $".{method}({scope.Write(pool.Pool)}, ProductVersion.{pool.Version}{(settings.Length > 0 ? $", {builder} => {builder}{settings}" : "")})";
            case XmppRoute route:
                return $".XmppFederationRoute({scope.Write(route.Edge)})";
            default:
                throw new InvalidOperationException("not a site entry: " + entry);
        }
    }

    private static string WriteStatement(Scope scope, Statement statement) => statement switch
    {
        UserChain user => $"users.User({scope.Write(user.Sip)}).HomedOn({scope.Write(user.Home)}){Xmpp(user.Xmpp)}{(user.Policy ? ".ExternalAccessPolicy(\"XmppUsers\")" : "")}{Move(scope, user.Move)};",
        GroupChain group => $"users.Users({scope.Write(group.Source)}).HomedOn({scope.Write(group.Home)}){Xmpp(group.Xmpp)}{Move(scope, group.Move)};",
        LocalPool local => $"PoolRef {local.Name} = {scope.Write(local.Value)};",
        Reassign reassign => $"{reassign.Name} = {scope.Write(reassign.Value)};",
        LocalSips { Style: SipsStyle.ArrayCollection } sips => $"string[] {sips.Name} = {Sips(sips.Sips)};",
        LocalSips { Style: SipsStyle.NewArray } sips => $"var {sips.Name} = new[] {{ {string.Join(", ", sips.Sips.Select(Quote))} }};",
        LocalSips sips => $"List<string> {sips.Name} = {Sips(sips.Sips)};",
        ListAdd add => $"{add.Name}.Add({Quote(add.Sip)});",
        HelperCall call => $"{scope.Write(call.Method)}(users);",
        _ => throw new InvalidOperationException("not a statement: " + statement),
    };

    private static string Xmpp(bool? xmpp) => xmpp switch { true => ".Xmpp()", false => ".Xmpp(false)", null => "" };

    private static string Move(Scope scope, Expr? move) => move is null ? "" : $".MoveTo({scope.Write(move)})";

    private static string Sips(IEnumerable<string> sips) => "[" + string.Join(", ", sips.Select(Quote)) + "]";

    private static string Quote(string value) => "\"" + value + "\"";

    /// <summary>Where an expression is written: which file (its usings) and which class.</summary>
    private sealed record Scope(TopologyCode Code, CodeFile File, string ClassName)
    {
        public string Write(Expr expr) => expr switch
        {
            Lit literal => Quote(literal.Value),
            Local local => local.Name,
            Concat concat => $"{Write(concat.Left)} + {Write(concat.Right)}",
            SipList list => Sips(list.Sips),
            Ref reference => Qualified(reference.Name),
            _ => throw new InvalidOperationException("not an expression: " + expr),
        };

        private string Qualified(string name)
        {
            var owner = Code.OwnerName(name) ?? throw new InvalidOperationException($"'{name}' is declared nowhere ({File.Path}, class {ClassName})");
            if (owner == ClassName || File.Usings.Any(u => u.Static && u.Target == owner))
            {
                return name;
            }

            return (File.Usings.Find(u => u.Alias is not null && u.Target == owner)?.Alias ?? owner) + "." + name;
        }
    }
}
