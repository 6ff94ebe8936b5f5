using System;
using System.Collections.Generic;
using System.Linq;

namespace XmppTopology;

/// <summary>
/// The topology cannot be carried out as it is: it has error-severity findings (a runbook would
/// move an XMPP user to 2019 or remove the Edge that carries XMPP), or a change the runbook
/// would have to guess. Nothing was planned.
/// </summary>
public sealed class RunbookRefusedException : InvalidOperationException
{
    public RunbookRefusedException()
        : this([], [])
    {
    }

    public RunbookRefusedException(string message)
        : this([], [message])
    {
    }

    public RunbookRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Findings = [];
        Reasons = [message];
    }

    internal RunbookRefusedException(IReadOnlyList<Finding> findings, IReadOnlyList<string> reasons)
        : base(Describe(findings, reasons))
    {
        Findings = findings;
        Reasons = reasons;
    }

    /// <summary>The error-severity findings of <see cref="Topology.Validate"/>.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>What else the runbook would have to guess, one sentence each.</summary>
    public IReadOnlyList<string> Reasons { get; }

    private static string Describe(IReadOnlyList<Finding> findings, IReadOnlyList<string> reasons) =>
        "No runbook for this topology: "
        + string.Join("; ", findings.Select(f => f.ToString()).Concat(reasons).DefaultIfEmpty("it was refused"));
}
