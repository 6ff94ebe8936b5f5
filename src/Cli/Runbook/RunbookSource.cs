namespace XmppTopology.Cli.Runbook;

/// <summary>What a script's header says about where its plan came from.</summary>
/// <param name="Project">The project file, relative to the repository root.</param>
/// <param name="Method">The topology method that was run (Contoso.Migration.ContosoTopology.Build()).</param>
/// <param name="Commit">The commit the project is at, and whether it has uncommitted changes; or that it is not in git.</param>
/// <param name="Apply">False: every changing cmdlet carries -WhatIf.</param>
internal sealed record RunbookSource(string Project, string Method, string Commit, bool Apply);
