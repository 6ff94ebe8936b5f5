using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace XmppTopology.Cli.Import;

/// <summary>
/// Writes an imported topology as DSL code a person would write: each pool named once as a
/// <c>PoolRef</c> handle, sites and pools as fluent calls, what was not imported in the header.
/// Deterministic: the same topology gives the same bytes.
/// </summary>
internal static class DslWriter
{
    private const char Newline = '\n';

    public static string Write(ImportedTopology topology, string sourceName, string? namespaceName = null, string? className = null)
    {
        var domainWord = Pascal(topology.Domain.Split('.')[0]);
        namespaceName ??= domainWord + ".Deployment";
        className ??= domainWord + "Topology";
        var handles = NameHandles(topology.Sites.SelectMany(AllPools).Select(p => p.Fqdn), className);

        var code = new StringBuilder();
        void Line(string text = "") => code.Append(text).Append(Newline);

        Line($"// Imported from {OneLine(sourceName)} by xmpp-topology import. Add users, XMPP partners,");
        Line("// external access policies and the migration plan, and the analyzer checks them.");
        if (topology.NotImported.Count > 0)
        {
            Line("// Not imported (the DSL does not model them):");
            foreach (var item in topology.NotImported)
            {
                Line("//   " + OneLine(item));
            }
        }

        Line();
        Line("using XmppTopology;");
        Line();
        Line($"namespace {namespaceName};");
        Line();
        Line($"/// <summary>The {OneLine(topology.Domain)} topology, as Topology Builder describes it.</summary>");
        Line($"public static class {className}");
        Line("{");
        foreach (var (fqdn, handle) in handles)
        {
            Line($"    public static readonly PoolRef {handle} = new({Literal(fqdn)});");
        }

        if (handles.Count > 0)
        {
            Line();
        }

        code.Append(CultureInfo.InvariantCulture, $"    public static Topology Build() => Topology.Define({Literal(topology.Domain)}, t => t");
        foreach (var site in topology.Sites)
        {
            code.Append(Newline).Append(Indent(8)).Append(CultureInfo.InvariantCulture, $".CentralSite({Literal(site.Name)}, {SiteLambda(site, "site", 12, handles)})");
        }

        Line(");");
        Line("}");
        return code.ToString();
    }

    private static IEnumerable<ImportedPool> AllPools(ImportedSite site) => site.Pools.Concat(site.BranchSites.SelectMany(AllPools));

    private static string SiteLambda(ImportedSite site, string parameter, int indent, IReadOnlyDictionary<string, string> handles)
    {
        if (site.Pools.Count == 0 && site.BranchSites.Count == 0)
        {
            return $"{parameter} => {{ }}";
        }

        var lambda = new StringBuilder($"{parameter} => {parameter}");
        foreach (var pool in site.Pools)
        {
            lambda.Append(Newline).Append(Indent(indent)).Append(PoolCall(pool, indent, handles));
        }

        foreach (var branch in site.BranchSites)
        {
            lambda.Append(Newline).Append(Indent(indent)).Append(CultureInfo.InvariantCulture, $".BranchSite({Literal(branch.Name)}, {SiteLambda(branch, "branch", indent + 4, handles)})");
        }

        return lambda.ToString();
    }

    private static string PoolCall(ImportedPool pool, int indent, IReadOnlyDictionary<string, string> handles)
    {
        var settings = new List<string>();
        var machines = pool.Machines.Where(m => !string.Equals(m, pool.Fqdn, StringComparison.OrdinalIgnoreCase)).ToList();
        if (machines.Count > 0)
        {
            settings.Add($".Machines({string.Join(", ", machines.Select(Literal))})");
        }

        if (pool.XmppProxy)
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

    // Each FQDN once, named after its first label; a clash takes the next label too.
    private static Dictionary<string, string> NameHandles(IEnumerable<string> fqdns, string className)
    {
        var handles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var used = new HashSet<string>(StringComparer.Ordinal) { className, "Build" };
        foreach (var fqdn in fqdns)
        {
            if (handles.ContainsKey(fqdn))
            {
                continue;
            }

            var labels = fqdn.Split('.');
            var name = "";
            for (var count = 1; count <= labels.Length && (name.Length == 0 || used.Contains(name)); count++)
            {
                name = string.Concat(labels.Take(count).Select(Pascal));
            }

            for (var suffix = 2; used.Contains(name); suffix++)
            {
                name = string.Concat(labels.Select(Pascal)) + suffix.ToString(CultureInfo.InvariantCulture);
            }

            used.Add(name);
            handles.Add(fqdn, name);
        }

        return handles;
    }

    private static string Pascal(string label)
    {
        var words = label.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsLetterOrDigit).ToArray()))
            .Where(word => word.Length > 0)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..]);
        var name = string.Concat(words);
        return name.Length == 0 || char.IsDigit(name[0]) ? "Pool" + name : name;
    }

    private static string Indent(int spaces) => new(' ', spaces);

    private static string Literal(string text)
    {
        var literal = new StringBuilder("\"");
        foreach (var character in text)
        {
            literal.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(character) => "\\u" + ((int)character).ToString("x4", CultureInfo.InvariantCulture),
                _ => character.ToString(),
            });
        }

        return literal.Append('"').ToString();
    }

    private static string OneLine(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}
