using System;
using System.Collections.Generic;
using System.IO;
using System.Globalization;
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
    /// Validate()'s findings as sorted, distinct "rule element: message" lines, per type (null for a
    /// type whose Build() throws); or, when the code does not compile, its errors and no findings.
    /// Distinct, because the analyzer reports the identical findings of a group's users
    /// (<c>users.Users(team).HomedOn("typo…")</c>: one TOPO001 per user, same message) once, at the call.
    /// </summary>
    public static (IReadOnlyList<string> Errors, IReadOnlyList<List<string>?> Findings) Run(Compilation compilation, params string[] buildTypes)
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

    /// <summary>The analyzer's findings in the same form (TOPO005 aside: Validate() checks those values at run time).</summary>
    public static List<string> AnalyzerFindings(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Where(d => d.Id != "TOPO005").Select(d => $"{d.Id} {d.Properties["Element"]}: {d.GetMessage(CultureInfo.InvariantCulture)}").Distinct().Order(StringComparer.Ordinal)];

    private static List<string>? Validate(Assembly assembly, string type)
    {
        var build = assembly.GetType(type, throwOnError: true)!.GetMethod("Build", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        try
        {
            return [.. ((Topology)build.Invoke(null, null)!).Validate().Select(f => $"{f.RuleId} {f.Element}: {f.Message}").Distinct().Order(StringComparer.Ordinal)];
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }
}
