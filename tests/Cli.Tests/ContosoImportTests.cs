using System.Linq;
using System.Threading.Tasks;
using ApprovalTests;
using ApprovalTests.Reporters;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Tests.Infrastructure;

namespace XmppTopology.Cli.Tests;

/// <summary>The real Topology Builder file imports to code that compiles, builds the deployment, and passes the analyzer.</summary>
[UseReporter(typeof(QuietReporter))]
public class ContosoImportTests
{
    [Fact]
    public async Task Contoso_imports_to_code_that_builds_its_site_and_pools_and_passes_the_analyzer()
    {
        var code = ImportFixtures.Import(ImportFixtures.Contoso);
        var compilation = TopologyCompilation.Create([("ContosoTopology.cs", code)]);

        var findings = TopologyCompilation.Validate(compilation, "Contoso.Deployment.ContosoTopology");
        var diagnostics = await TopologyCompilation.AnalyzeAsync(compilation);
        var topology = BuildModel(compilation);

        Assert.Empty(findings);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("Contoso", Assert.Single(topology.Sites).Name);
        var frontEnd = topology.FindPool("frontendpool.contoso.com")!;
        Assert.Equal((PoolRole.FrontEndPool, ProductVersion.SkypeForBusiness2015, 4), (frontEnd.Role, frontEnd.Version!.Value, frontEnd.Machines.Count));
        var edge = topology.FindPool("edgepool.contoso.com")!;
        Assert.Equal((PoolRole.EdgePool, ProductVersion.SkypeForBusiness2015, 3, true), (edge.Role, edge.Version!.Value, edge.Machines.Count, edge.XmppProxy == true));
        Assert.Equal(2, topology.Pools.Count);
    }

    // getting-started's project is Contoso.Topology: a namespace whose Topology part would capture
    // the name Topology in the imported Contoso.Deployment code if its using were above the namespace.
    [Fact]
    public void The_imported_code_compiles_next_to_a_Contoso_Topology_namespace()
    {
        var code = ImportFixtures.Import(ImportFixtures.Contoso);
        const string project = "namespace Contoso.Topology;\n\nusing XmppTopology;\n\npublic static class MigrationPlan\n{\n    public static Topology Build() => Contoso.Deployment.ContosoTopology.Build();\n}\n";
        var compilation = TopologyCompilation.Create([("ContosoTopology.cs", code), ("MigrationPlan.cs", project)]);

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    [Fact]
    public void The_generated_code_for_Contoso_is_as_approved() => Approvals.Verify(ImportFixtures.Import(ImportFixtures.Contoso, "Contoso.tbxml"));

    [Fact]
    public void The_import_is_deterministic() =>
        Assert.Equal(ImportFixtures.Import(ImportFixtures.Contoso), ImportFixtures.Import(ImportFixtures.Contoso));

    [Fact]
    public void Namespace_and_class_are_chosen_on_the_command_line()
    {
        var (exitCode, output, _) = ImportFixtures.Run("import", ImportFixtures.WriteFile(ImportFixtures.Contoso), "--namespace", "Fabrikam.Migration", "--class", "Legacy");

        Assert.Equal(0, exitCode);
        Assert.Contains("namespace Fabrikam.Migration;", output);
        Assert.Contains("public static class Legacy", output);
    }

    private static Topology BuildModel(Compilation compilation)
    {
        using var image = new System.IO.MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        var type = System.Reflection.Assembly.Load(image.ToArray()).GetType("Contoso.Deployment.ContosoTopology", throwOnError: true)!;
        return (Topology)type.GetMethod("Build")!.Invoke(null, null)!;
    }
}
