using System;
using System.Linq;
using Contoso.Migration;
using XmppTopology;

// Builds Contoso's topology and prints what the rules find, as a migration engineer reads it.
var topology = ContosoTopology.Build();
var findings = topology.Validate();

Console.WriteLine($"Topology {topology.Name}: {topology.Sites.Count} sites, {topology.Pools.Count} pools, "
    + $"{topology.XmppPartners.Count} XMPP partners, {topology.Users.Count} users");
foreach (var pool in topology.Pools)
{
    var plan = pool.Plan == PlannedChange.None ? "" : $" [marked for {pool.Plan}]";
    Console.WriteLine($"  {pool.Site,-8} {pool.Role.DisplayName(),-28} {pool.Fqdn,-26} {pool.Version!.Value.DisplayName()}{plan}");
}

Console.WriteLine();
if (findings.Count == 0)
{
    Console.WriteLine("No findings: XMPP federation survives this migration plan.");
}
else
{
    foreach (var finding in findings.OrderByDescending(f => f.Severity))
    {
        Console.WriteLine($"{finding.Severity.ToString().ToLowerInvariant()} {finding.RuleId}: {finding.Message}");
    }
}

return findings.Any(f => f.Severity == FindingSeverity.Error) ? 1 : 0;
