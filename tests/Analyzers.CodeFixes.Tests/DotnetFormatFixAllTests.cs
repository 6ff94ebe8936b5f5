using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace XmppTopology.Analyzers.CodeFixes.Tests;

/// <summary>
/// Fix All asked the way `dotnet format analyzers` asks (SolutionCodeFixApplier in dotnet/sdk):
/// one rule at a time, in solution scope, with the equivalence key of the first action offered
/// for the first diagnostic of an analysis that holds every rule being fixed.
/// </summary>
public class DotnetFormatFixAllTests
{
    private const string Source = """
        static class Contoso
        {
            static readonly PoolRef Fe2015 = new("fe15.contoso.com");
            static readonly PoolRef Fe2019 = new("fe19.contoso.com");

            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool(Fe2015, ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool(Fe2019, ProductVersion.SkypeForBusiness2019, fe => fe.XmppGateway())
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge
                        .XmppProxy() // Jabber partners
                        .MarkForRemoval())
                    .XmppFederationRoute("edge15.contoso.com"))
                .Users(users =>
                {
                    users.User("sip:alice@contoso.com").HomedOn(Fe2019).Xmpp(); // moved last week
                    users.User("sip:bob@contoso.com").HomedOn(Fe2015).MoveTo(Fe2019).Xmpp(); // wave 2
                    users.User("sip:Alice@contoso.com").HomedOn(Fe2019).Xmpp();
                    users.User("sip:carol@contoso.com").HomedOn(Fe2015);
                    users.User("SIP:Carol@contoso.com").HomedOn(Fe2015); // imported twice
                }));
        }
        """;

    private const string Fixed = """
        static class Contoso
        {
            static readonly PoolRef Fe2015 = new("fe15.contoso.com");
            static readonly PoolRef Fe2019 = new("fe19.contoso.com");

            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool(Fe2015, ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool(Fe2019, ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge
                        .XmppProxy() // Jabber partners
        )
                    .XmppFederationRoute("edge15.contoso.com"))
                .Users(users =>
                {
                    users.User("sip:alice@contoso.com").HomedOn(Fe2015).Xmpp(); // moved last week
                    users.User("sip:bob@contoso.com").HomedOn(Fe2015).Xmpp(); // wave 2
                    users.User("sip:carol@contoso.com").HomedOn(Fe2015);
                    // imported twice
                }));
        }
        """;

    private static readonly CodeFixProvider[] Fixers =
        [new EnableXmppProxyFixProvider(), new RemoveCallFixProvider(), new RemoveUserDeclarationFixProvider(), new ReplaceReferenceFixProvider(), new TlsNegotiationFixProvider(), new UserXmppFixProvider()];

    [Fact]
    public async Task The_batch_fixer_returns_nothing_for_a_key_taken_from_another_rules_diagnostic_ours_fixes_each_occurrence()
    {
        var (project, diagnostics) = await OfferedFixes.AnalyzeAsync(Source);
        var first = diagnostics[0];
        var xmpp001 = diagnostics.Where(d => d.Id == "XMPP001").ToList();
        Assert.NotEqual("XMPP001", first.Id); // the analysis reports the Edge (and the gateway) before the users
        Assert.Equal(3, xmpp001.Count);

        // What dotnet format asks the XMPP001 fixer when it has reached XMPP001.
        var fixer = new UserXmppFixProvider();
        var document = project.GetDocument(first.Location.SourceTree)!;
        var offered = await OfferedFixes.ActionsAsync(fixer, document, first);
        var key = offered.Count > 0 ? offered[0].EquivalenceKey : null;
        var context = new FixAllContext(document, fixer, FixAllScope.Solution, key!, ["XMPP001"], new AnalysisDiagnostics(diagnostics), CancellationToken.None);

        Assert.Null(key); // the fixer offers nothing for another rule's diagnostic
        Assert.Null(await WellKnownFixAllProviders.BatchFixer.GetFixAsync(context)); // "didn't return a Fix All action"
        var fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(fixAll);

        var text = await TextAfterAsync(project, fixAll!);
        Assert.Contains("""users.User("sip:alice@contoso.com").HomedOn(Fe2015).Xmpp(); // moved last week""", text);
        Assert.Contains("""users.User("sip:bob@contoso.com").HomedOn(Fe2015).Xmpp(); // wave 2""", text);
    }

    [Fact]
    public async Task Every_rule_in_one_run_in_either_order_gives_each_finding_its_preferred_fix()
    {
        string[] rules = ["XMPP001", "XMPP002", "XMPP004", "XMPP005", "XMPP006", "TOPO006"];
        foreach (var order in new[] { rules, rules.Reverse().ToArray() })
        {
            var (project, _) = await OfferedFixes.AnalyzeAsync(Source);
            foreach (var rule in order)
            {
                project = await FixAsDotnetFormatAsync(project, rule, rules);
            }

            Assert.Equal("using XmppTopology;\n" + Fixed, (await project.Documents.Single().GetTextAsync()).ToString());
        }
    }

    // One rule's turn in dotnet format: a fresh analysis filtered to the rules asked for, then each fixer of the rule.
    private static async Task<Project> FixAsDotnetFormatAsync(Project project, string rule, string[] rules)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = (await compilation.WithAnalyzers([new TopologyAnalyzer()]).GetAnalyzerDiagnosticsAsync())
            .Where(d => rules.Contains(d.Id))
            .ToImmutableArray();
        if (!diagnostics.Any(d => d.Id == rule))
        {
            return project;
        }

        foreach (var fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(rule)))
        {
            var document = project.GetDocument(diagnostics[0].Location.SourceTree)!;
            var offered = await OfferedFixes.ActionsAsync(fixer, document, diagnostics[0]);
            var key = offered.Count > 0 ? offered[0].EquivalenceKey : null;
            var context = new FixAllContext(document, fixer, FixAllScope.Solution, key!, [rule], new AnalysisDiagnostics(diagnostics), CancellationToken.None);
            var fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(context);
            if (fixAll is null)
            {
                // Only a rule that has no fix here may come back empty (XMPP005 and XMPP006 while the Edge is marked).
                foreach (var diagnostic in diagnostics.Where(d => d.Id == rule))
                {
                    Assert.Empty(await OfferedFixes.ActionsAsync(fixer, project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic));
                }

                continue;
            }

            var applied = (await fixAll.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
            project = applied.ChangedSolution.GetProject(project.Id)!;
        }

        return project;
    }

    private static async Task<string> TextAfterAsync(Project project, CodeAction fixAll)
    {
        var applied = (await fixAll.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        var document = applied.ChangedSolution.GetProject(project.Id)!.Documents.Single();
        return (await document.GetTextAsync()).ToString();
    }

    /// <summary>What dotnet format hands Fix All: the diagnostics of its last analysis, every rule it was asked for, by file.</summary>
    private sealed class AnalysisDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
