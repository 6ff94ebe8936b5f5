using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using XmppTopology.Cli.Tests.Review;

namespace XmppTopology.Cli.Tests.Fix;

/// <summary>
/// A code fix that breaks the build, compiled here into XmppTopology.Analyzers.Sabotage.dll and
/// referenced by a sample copy as an analyzer: the CLI loads it with the project's own fixers,
/// and its provider's name sorts first, so it is XMPP001's preferred fix. It points the flagged
/// call at a pool handle that does not exist.
/// </summary>
internal static class BreakingFixer
{
    private const string Source = """
        using System.Collections.Immutable;
        using System.Threading.Tasks;
        using Microsoft.CodeAnalysis;
        using Microsoft.CodeAnalysis.CodeActions;
        using Microsoft.CodeAnalysis.CodeFixes;

        namespace Sabotage;

        [ExportCodeFixProvider(LanguageNames.CSharp)]
        public sealed class BreakingFixProvider : CodeFixProvider
        {
            public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("XMPP001");

            public override Task RegisterCodeFixesAsync(CodeFixContext context)
            {
                var diagnostic = context.Diagnostics[0];
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Break the build",
                        async cancellationToken =>
                        {
                            var text = await context.Document.GetTextAsync(cancellationToken);
                            return context.Document.WithText(text.Replace(diagnostic.Location.SourceSpan, "MoveTo(Pools.NoSuchPool)"));
                        },
                        "Sabotage"),
                    diagnostic);
                return Task.CompletedTask;
            }
        }
        """;

    public static void AddTo(SampleCopy copy)
    {
        var folder = Directory.CreateDirectory(copy.File("sabotage")).FullName;
        var assembly = Path.Combine(folder, "XmppTopology.Analyzers.Sabotage.dll");
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat([typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider).Assembly.Location])
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "XmppTopology.Analyzers.Sabotage",
            [CSharpSyntaxTree.ParseText(Source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var emitted = compilation.Emit(assembly);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        File.WriteAllText(copy.Project, File.ReadAllText(copy.Project).Replace(
            "</Project>", $"  <ItemGroup><Analyzer Include=\"{assembly}\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));
    }
}
