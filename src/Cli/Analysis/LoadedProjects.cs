using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace XmppTopology.Cli.Analysis;

/// <summary>The projects to check, and the workspace that loaded them (disposed when the command is done, which ends its build host).</summary>
internal sealed class LoadedProjects(MSBuildWorkspace workspace, IReadOnlyList<Project> projects) : IDisposable
{
    public IReadOnlyList<Project> Projects { get; } = projects;

    public void Dispose() => workspace.Dispose();
}
