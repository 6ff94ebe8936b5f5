using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using XmppTopology.Testing;

namespace XmppTopology.Analyzers.Tests.Infrastructure;

/// <summary>
/// Topology sources compiled in memory against this runtime and the DSL, so that one compilation
/// can be both analyzed and run: the analyzer's verdict and Validate()'s side by side.
/// </summary>
internal static class TopologyCompilation
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(Topology).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public static CSharpCompilation Create(IEnumerable<(string Path, string Source)> files, bool withDsl = true) =>
        CSharpCompilation.Create(
            "Topologies" + Guid.NewGuid().ToString("N"),
            files.Select(file => CSharpSyntaxTree.ParseText(file.Source, new CSharpParseOptions(LanguageVersion.Latest), file.Path)),
            withDsl ? References.Value : References.Value.RemoveAt(References.Value.Length - 1),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The topology does not compile: " + string.Join(Environment.NewLine, errors));
        return await WithAnalyzer(compilation).GetAnalyzerDiagnosticsAsync();
    }

    public static CompilationWithAnalyzers WithAnalyzer(Compilation compilation) =>
        compilation.WithAnalyzers(
            [new TopologyAnalyzer()],
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: (exception, _, _) => throw exception, concurrentAnalysis: false, logAnalyzerExecutionTime: false));

    /// <summary>Emits the compilation, runs the static method that builds the topology and validates it.</summary>
    public static IReadOnlyList<Finding> Validate(Compilation compilation, string typeName, string method = "Build")
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        var assembly = Assembly.Load(image.ToArray());
        var build = assembly.GetType(typeName, throwOnError: true)!.GetMethod(method, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        return ((Topology)build.Invoke(null, null)!).Validate();
    }

    /// <summary>The source files of a sample project, by path relative to the repository.</summary>
    public static IEnumerable<(string Path, string Source)> Sample(string name) =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "samples", name), "*.cs")
            .Where(path => Path.GetFileName(path) != "Program.cs")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path)));
}
