using System.Collections.Generic;

namespace XmppTopology.Cli.Import;

/// <summary>
/// A cluster that maps to a pool of the DSL. <see cref="AssociatedEdge"/> is the FQDN of the Edge
/// pool its Registrar depends on, when the DSL can say it; <see cref="Federation"/> and
/// <see cref="XmppProxy"/> are for Edge pools, null when the file does not say.
/// </summary>
internal sealed record ImportedPool(string Fqdn, PoolKind Kind, ImportedVersion Version, IReadOnlyList<string> Machines)
{
    public bool? XmppProxy { get; init; } = false;

    public bool? Federation { get; init; } = false;

    public string? AssociatedEdge { get; init; }

    /// <summary>
    /// Every Edge pool that the pool's Registrar or user services depend on, by FQDN in the file's
    /// order, whatever the DSL can say of it (several Edges, a Director's Edge); null when one of
    /// them is installed on no cluster of the file's sites, so the file does not name it.
    /// </summary>
    public IReadOnlyList<string>? UsesEdges { get; init; } = [];

    /// <summary>Lync Server 2010: read and listed, but no DSL version says it (see <see cref="ImportedVersion"/>).</summary>
    public bool IsLync2010 => Version == ImportedVersion.LyncServer2010;
}
