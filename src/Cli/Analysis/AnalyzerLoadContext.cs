using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace XmppTopology.Cli.Analysis;

/// <summary>
/// Loads the project's own XmppTopology analyzer assemblies from where the project references them,
/// beside the CLI's copies (tests reference the analyzer too), sharing Roslyn with the CLI as the
/// compiler shares it with its analyzers.
/// </summary>
internal sealed class AnalyzerLoadContext(string folder) : AssemblyLoadContext("XmppTopology analyzers " + folder)
{
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // Roslyn, System.Composition and the framework: the CLI's, so their types are the CLI's types.
        var name = assemblyName.Name ?? "";
        if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || name.StartsWith("System.", StringComparison.Ordinal))
        {
            return null;
        }

        var candidate = Path.Combine(folder, name + ".dll");
        return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
    }
}
