using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// Validate()'s verdict on code: the compilation is emitted into a collectible load context (so a
/// long run does not keep thousands of assemblies), each named type's <c>Build()</c> is run and its
/// topology validated. The DSL resolves to the test's own copy, so the model is the runtime's.
/// </summary>
internal static class RuntimeVerdict
{
    /// <summary>
    /// Validate()'s findings per type, in its order (null for a type whose Build() throws); or,
    /// when the code does not compile, its errors and no findings.
    /// </summary>
    public static (IReadOnlyList<string> Errors, IReadOnlyList<IReadOnlyList<Finding>?> Findings) Run(Compilation compilation, params string[] buildTypes)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            return ([.. emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())], []);
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("topology", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            return ([], [.. buildTypes.Select(type => Validate(assembly, type))]);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// Findings as sorted, distinct "rule element: message" lines. Distinct, because the analyzer
    /// reports the identical findings of a group's users (<c>users.Users(team).HomedOn("typo…")</c>:
    /// one TOPO001 per user, same message) once, at the call.
    /// </summary>
    public static List<string> Lines(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.RuleId} {f.Element}: {f.Message}").Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// The analyzer's findings in the same form (TOPO005 aside: Validate() checks those values at
    /// run time); a diagnostic about several users of one call as the lines of the findings of
    /// <paramref name="runtime"/> it stands for (<see cref="UsersDiagnostics"/>), or as its own line
    /// when it stands for none (the worlds of an oracle's topology, the source as written first).
    /// </summary>
    public static List<string> AnalyzerFindings(IEnumerable<Diagnostic> diagnostics, params IReadOnlyList<Finding>[] runtime) =>
        [.. UsersDiagnostics.Lines(diagnostics.Where(d => d.Id != "TOPO005"), runtime).Distinct().Order(StringComparer.Ordinal)];

    private static IReadOnlyList<Finding>? Validate(Assembly assembly, string type)
    {
        var build = assembly.GetType(type, throwOnError: true)!.GetMethod("Build", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        try
        {
            return ((Topology)build.Invoke(null, null)!).Validate();
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }
}
