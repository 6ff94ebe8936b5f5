namespace XmppTopology;

/// <summary>Grants a user the user-scope external access policy that the plan names for it.</summary>
public sealed class GrantPolicyStep : RunbookStep
{
    internal GrantPolicyStep(string sipAddress, string policyName)
        : base(RunbookPhase.PolicyGrants, $"Grant external access policy '{policyName}' to {sipAddress}")
    {
        SipAddress = sipAddress;
        PolicyName = policyName;
        Grant = new CmdletCall(
            "Grant-CsExternalAccessPolicy",
            changesDeployment: true,
            new CmdletParameter("Identity", sipAddress),
            new CmdletParameter("PolicyName", policyName));
    }

    public string SipAddress { get; }

    public string PolicyName { get; }

    /// <summary><c>Grant-CsExternalAccessPolicy -Identity &lt;sip&gt; -PolicyName &lt;name&gt;</c>.</summary>
    public CmdletCall Grant { get; }
}
