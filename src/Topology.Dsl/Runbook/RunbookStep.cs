namespace XmppTopology;

/// <summary>One step of a runbook: a planned change, in its phase.</summary>
public abstract class RunbookStep
{
    private protected RunbookStep(RunbookPhase phase, string summary)
    {
        Phase = phase;
        Summary = summary;
    }

    public RunbookPhase Phase { get; }

    /// <summary>What the step does, in one sentence that names the elements.</summary>
    public string Summary { get; }

    /// <inheritdoc />
    public override string ToString() => Summary;
}
