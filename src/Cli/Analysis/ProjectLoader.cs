using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace XmppTopology.Cli.Analysis;

/// <summary>
/// Loads a project or solution with MSBuildWorkspace, through the installed .NET SDK's MSBuild,
/// so the compilation is the one `dotnet build` makes: same sources, references, analyzers and
/// .editorconfig. The project must be restored (and built once when its analyzers come from
/// project references) as for any design-time build.
/// </summary>
internal static class ProjectLoader
{
    private static readonly Lock Registration = new();

    /// <summary>
    /// Loads the target and returns the projects to check: the named project (each of its target
    /// frameworks), or every C# project of the named solution. Disposing the result ends the
    /// workspace's MSBuild build host.
    /// </summary>
    public static async Task<LoadedProjects> LoadAsync(string target, ProgressLog progress, CancellationToken cancellationToken)
    {
        RegisterSdk();
        progress.Report($"Loading {Path.GetFileName(target)}");

        var workspace = MSBuildWorkspace.Create();
        try
        {
            return new LoadedProjects(workspace, await OpenAsync(workspace, target, progress, cancellationToken).ConfigureAwait(false));
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    private static async Task<IReadOnlyList<Project>> OpenAsync(MSBuildWorkspace workspace, string target, ProgressLog progress, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        using var handler = workspace.RegisterWorkspaceFailedHandler(e =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                failures.Add(e.Diagnostic.Message);
            }
        });

        var loaded = new LoadProgress(progress);

        Solution solution;
        try
        {
            solution = TargetPath.IsSolution(target)
                ? await workspace.OpenSolutionAsync(target, loaded, cancellationToken).ConfigureAwait(false)
                : (await workspace.OpenProjectAsync(target, loaded, cancellationToken).ConfigureAwait(false)).Solution;
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or ArgumentException)
        {
            throw new CliException($"could not load {Path.GetFileName(target)}: {OneLine(exception.Message)}", exception);
        }

        if (failures.Count > 0)
        {
            throw new CliException($"could not load {Path.GetFileName(target)}: {OneLine(failures[0])}{(failures.Count > 1 ? $" (and {failures.Count - 1} more)" : "")}");
        }

        // A project's references load with it, but only the project itself is checked.
        var projects = solution.Projects
            .Where(p => p.Language == LanguageNames.CSharp && (TargetPath.IsSolution(target) || string.Equals(p.FilePath, target, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        if (projects.Count == 0)
        {
            throw new CliException($"{Path.GetFileName(target)} has no C# project");
        }

        return projects;
    }

    // MSBuild comes from the installed SDK, never from our own folder; registered once per process.
    private static void RegisterSdk()
    {
        lock (Registration)
        {
            if (MSBuildLocator.IsRegistered)
            {
                return;
            }

            try
            {
                MSBuildLocator.RegisterDefaults();
            }
            catch (InvalidOperationException exception)
            {
                throw new CliException("no .NET SDK found to load projects with: " + OneLine(exception.Message), exception);
            }
        }
    }

    public static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    // Reported as it happens, in order (Progress<T> would post to the thread pool, out of order).
    private sealed class LoadProgress(ProgressLog progress) : IProgress<ProjectLoadProgress>
    {
        public void Report(ProjectLoadProgress value)
        {
            if (value.Operation == ProjectLoadOperation.Resolve)
            {
                var framework = value.TargetFramework is null ? "" : $" ({value.TargetFramework})";
                progress.Report($"  loaded {Path.GetFileName(value.FilePath)}{framework}");
            }
        }
    }
}
