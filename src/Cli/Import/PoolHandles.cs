using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace XmppTopology.Cli.Import;

/// <summary>
/// The <c>PoolRef</c> field that names each declared pool, by FQDN (without case, as DNS compares
/// names): named after its first label, a clash takes the next label too. Lync Server 2010 pools
/// are not declared and get none.
/// </summary>
internal sealed class PoolHandles
{
    private readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase);

    public PoolHandles(ImportedTopology topology, string className)
    {
        var used = new HashSet<string>(StringComparer.Ordinal) { className, "Build" };
        foreach (var fqdn in topology.Sites.SelectMany(TopologyMapper.AllPools).Where(p => !p.IsLync2010).Select(p => p.Fqdn))
        {
            if (_names.ContainsKey(fqdn))
            {
                continue;
            }

            var labels = fqdn.Split('.');
            var name = "";
            for (var count = 1; count <= labels.Length && (name.Length == 0 || used.Contains(name)); count++)
            {
                name = string.Concat(labels.Take(count).Select(CSharpText.Pascal));
            }

            for (var suffix = 2; used.Contains(name); suffix++)
            {
                name = string.Concat(labels.Select(CSharpText.Pascal)) + suffix.ToString(CultureInfo.InvariantCulture);
            }

            used.Add(name);
            _names.Add(fqdn, name);
            Declared.Add((fqdn, name));
        }
    }

    /// <summary>Each handle once, in the order the pools appear in the file.</summary>
    public List<(string Fqdn, string Name)> Declared { get; } = [];

    public string? this[string fqdn] => _names.TryGetValue(fqdn, out var name) ? name : null;
}
