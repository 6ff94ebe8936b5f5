namespace XmppTopology;

/// <summary>Moves a user from the pool the plan finds it on to another pool (or back, in the rollback).</summary>
public sealed class MoveUserStep : RunbookStep
{
    internal MoveUserStep(string sipAddress, string from, string target)
        : base(RunbookPhase.Moves, $"Move {sipAddress} from {from} to {target}")
    {
        SipAddress = sipAddress;
        From = from;
        Target = target;
        CurrentHome = new CmdletCall("Get-CsUser", changesDeployment: false, new CmdletParameter("Identity", sipAddress));
        Move = new CmdletCall(
            "Move-CsUser",
            changesDeployment: true,
            new CmdletParameter("Identity", sipAddress),
            new CmdletParameter("Target", target));
    }

    public string SipAddress { get; }

    /// <summary>The pool the user is homed on before the step.</summary>
    public string From { get; }

    /// <summary>The registrar pool the user is moved to.</summary>
    public string Target { get; }

    /// <summary><c>Get-CsUser -Identity &lt;sip&gt;</c>: its RegistrarPool says whether the move is still to do.</summary>
    public CmdletCall CurrentHome { get; }

    /// <summary><c>Move-CsUser -Identity &lt;sip&gt; -Target &lt;pool fqdn&gt;</c>.</summary>
    public CmdletCall Move { get; }

    internal MoveUserStep Back() => new(SipAddress, Target, From);
}
