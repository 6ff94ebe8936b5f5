namespace XmppTopology;

// The runbook of a topology, next to the model it is made from.
partial class Topology
{
    /// <summary>
    /// The steps that carry out this topology's plan, for a team's own automation (the
    /// <c>xmpp-topology runbook</c> command writes them as PowerShell).
    /// </summary>
    /// <exception cref="RunbookRefusedException">
    /// <see cref="Validate"/> has error-severity findings, or a step would need a value the plan
    /// does not give (a move of a user whose home it does not say): no runbook is made.
    /// </exception>
    public MigrationRunbook Runbook() => RunbookPlanner.Plan(this);
}
