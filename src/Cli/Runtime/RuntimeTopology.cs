extern alias Dsl;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using XmppTopology.Cli.Analysis;
using Topology = Dsl::XmppTopology.Topology;

namespace XmppTopology.Cli.Runtime;

/// <summary>
/// Runs the project's topology method and returns the Topology it builds, from the same
/// compilation the analyzer checked: the compilation is emitted in memory and loaded into a
/// collectible context, so what runs is exactly the code that was checked, with no second build
/// and nothing written into the project's bin or obj folders.
/// </summary>
internal static class RuntimeTopology
{
    public static async Task<(Topology Topology, TopologyMethod Method)> BuildAsync(Project project, string? requestedMethod, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new CliException($"{project.Name} cannot be compiled");
        var method = TopologyMethod.Find(compilation, requestedMethod);

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: cancellationToken);
        if (!emitted.Success)
        {
            var first = emitted.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            throw new CliException($"{project.Name} does not compile: {first.Id}: {ProjectLoader.OneLine(first.GetMessage(System.Globalization.CultureInfo.InvariantCulture))}");
        }

        var context = new TopologyLoadContext(typeof(Topology).Assembly, Implementations(project, compilation));
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            return (Invoke(assembly, method), method);
        }
        finally
        {
            context.Unload();
        }
    }

    private static Topology Invoke(Assembly assembly, TopologyMethod method)
    {
        var info = assembly.GetType(method.TypeMetadataName, throwOnError: true)!
            .GetMethod(method.MethodName, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)!;
        object? result;
        try
        {
            result = info.Invoke(null, null);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } inner)
        {
            throw new CliException(inner is FileNotFoundException or FileLoadException
                ? $"running {method.DisplayName} could not load {(inner as FileNotFoundException)?.FileName ?? (inner as FileLoadException)?.FileName}: build the project (dotnet build) so the assemblies it references exist, or use an XmppTopology version no newer than this tool's ({typeof(Topology).Assembly.GetName().Version})"
                : $"running {method.DisplayName} threw {inner.GetType().Name}: {ProjectLoader.OneLine(inner.Message)}", inner);
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException)
        {
            throw new CliException($"could not run {method.DisplayName}: {ProjectLoader.OneLine(exception.Message)}; build the project (dotnet build) so the assemblies it references exist", exception);
        }

        return result as Topology ?? throw new CliException($"{method.DisplayName} returned {(result is null ? "null" : "a " + result.GetType().AssemblyQualifiedName)}, not this tool's XmppTopology Topology");
    }

    // The code behind each reference: package and file references as they are (unless they are
    // reference assemblies), referenced projects from their build output.
    private static Dictionary<string, string> Implementations(Project project, Compilation compilation)
    {
        var implementations = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in project.ProjectReferences)
        {
            if (project.Solution.GetProject(reference.ProjectId) is { OutputFilePath: { } output } && File.Exists(output)
                && TopologyLoadContext.ImplementationName(output) is { } name)
            {
                implementations.TryAdd(name, output);
            }
        }

        foreach (var path in compilation.References.OfType<PortableExecutableReference>().Select(r => r.FilePath).OfType<string>())
        {
            if (File.Exists(path) && TopologyLoadContext.ImplementationName(path) is { } name)
            {
                implementations.TryAdd(name, path);
            }
        }

        return implementations;
    }
}
