namespace XmppTopology.Cli.Import;

/// <summary>The DSL method that declares each kind of pool.</summary>
internal enum PoolKind
{
    FrontEndPool,
    StandardEditionServer,
    EdgePool,
    DirectorPool,
    SurvivableBranchAppliance,
}
