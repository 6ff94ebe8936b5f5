using System.Collections.Generic;
using System.Linq;

namespace XmppTopology;

/// <summary>
/// The changes that carry out a checked plan, in a safe order: policy grants, then moves grouped
/// by target pool, then XMPP partners, then the decommissioning of marked pools; and the rollback
/// that moves every moved user back to where the plan found it.
/// </summary>
public sealed class MigrationRunbook
{
    internal MigrationRunbook(
        string? topology,
        IReadOnlyList<GrantPolicyStep> grants,
        IReadOnlyList<MoveUserStep> moves,
        IReadOnlyList<XmppPartnerStep> partners,
        IReadOnlyList<DecommissionStep> decommissions)
    {
        Topology = topology;
        Grants = grants;
        Moves = moves;
        XmppPartners = partners;
        Decommissions = decommissions;
        Steps = grants.Cast<RunbookStep>().Concat(moves).Concat(partners).Concat(decommissions).ToList().AsReadOnly();
        Rollback = moves.GroupBy(m => m.From, System.StringComparer.OrdinalIgnoreCase).SelectMany(group => group.Select(m => m.Back())).ToList().AsReadOnly();
    }

    /// <summary>The topology's name.</summary>
    public string? Topology { get; }

    /// <summary>Every step, in the order it runs.</summary>
    public IReadOnlyList<RunbookStep> Steps { get; }

    public IReadOnlyList<GrantPolicyStep> Grants { get; }

    /// <summary>The moves, grouped by target pool (in the topology's pool order), users in plan order.</summary>
    public IReadOnlyList<MoveUserStep> Moves { get; }

    public IReadOnlyList<XmppPartnerStep> XmppPartners { get; }

    public IReadOnlyList<DecommissionStep> Decommissions { get; }

    /// <summary>Moves every moved user back to the pool the plan found it on, grouped by that pool.</summary>
    public IReadOnlyList<MoveUserStep> Rollback { get; }
}
