using System.Collections.Generic;

namespace XmppTopology.Cli.Import;

/// <summary>
/// A cluster that maps to a pool of the DSL. <see cref="AssociatedEdge"/> is the FQDN of the Edge
/// pool its Registrar depends on; <see cref="Federation"/> and <see cref="XmppProxy"/> are for Edge pools.
/// </summary>
internal sealed record ImportedPool(string Fqdn, PoolKind Kind, ImportedVersion Version, IReadOnlyList<string> Machines)
{
    public bool XmppProxy { get; init; }

    public bool Federation { get; init; }

    public string? AssociatedEdge { get; init; }

    /// <summary>Lync Server 2010: read and listed, but no DSL version says it (see <see cref="ImportedVersion"/>).</summary>
    public bool IsLync2010 => Version == ImportedVersion.LyncServer2010;
}
