using System;
using Fabrikam.DraftPlan;

// Never runs while the plan has errors: the analyzer stops the build first.
foreach (var finding in FabrikamTopology.Build().Validate())
{
    Console.WriteLine(finding);
}
