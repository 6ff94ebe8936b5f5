using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace XmppTopology.Cli.Tests;

/// <summary>
/// Topology files written from Microsoft's descriptions of both XML forms (Fixtures/Topologies):
/// each imports to code that compiles, builds the deployment the file describes, and the analyzer
/// and Validate() agree on it; the header says what was left out and why.
/// </summary>
public class RealDeploymentImportTests
{
    [Fact]
    public async Task A_published_Standard_Edition_server_is_a_Standard_Edition_server_as_in_its_tbxml()
    {
        var fromBuilder = ImportFixtures.ImportFile(ImportFixtures.Topology("Fabrikam.StandardEdition2019.tbxml"));
        var published = ImportFixtures.ImportFile(ImportFixtures.Topology("Fabrikam.StandardEdition2019.xml"));

        Assert.Equal(AfterFirstLine(fromBuilder), AfterFirstLine(published));
        var result = await ImportFixtures.CheckAsync([("FabrikamTopology.cs", published)], "Fabrikam.Deployment.FabrikamTopology");
        result.AssertBothSidesReport();
        var server = result.Topology.FindPool("se01.fabrikam.com")!;
        Assert.Equal((PoolRole.StandardEditionServer, ProductVersion.SkypeForBusiness2019, "edge19.fabrikam.com"), (server.Role, server.Version!.Value, server.AssociatedEdge!.Name));
        Assert.Contains("//   se01.fabrikam.com also runs WebServices, UserStore (SQL Server)", published);
    }

    [Fact]
    public async Task An_Enterprise_pool_imports_with_its_associated_Edge_a_Director_and_a_branch_appliance()
    {
        var code = ImportFixtures.ImportFile(ImportFixtures.Topology("Litware.Enterprise2015.xml"));

        var result = await ImportFixtures.CheckAsync([("LitwareincTopology.cs", code)], "Litwareinc.Deployment.LitwareincTopology");

        result.AssertBothSidesReport();
        var topology = result.Topology;
        var frontEnd = topology.FindPool("fe15.litwareinc.com")!;
        Assert.Equal((PoolRole.FrontEndPool, 3, "edge15.litwareinc.com"), (frontEnd.Role, frontEnd.Machines.Count, frontEnd.AssociatedEdge!.Name));
        var edge = topology.FindPool("edge15.litwareinc.com")!;
        Assert.Equal((PoolRole.EdgePool, true, true), (edge.Role, edge.Federation == true, edge.XmppProxy == true));
        Assert.Equal(PoolRole.DirectorPool, topology.FindPool("dir15.litwareinc.com")!.Role);
        var appliance = topology.FindPool("sba01.tukwila.litwareinc.com")!;
        Assert.Equal((PoolRole.SurvivableBranchAppliance, "Tukwila"), (appliance.Role, appliance.Site));
        Assert.Equal("Seattle", topology.Sites.Single(s => s.Name == "Tukwila").CentralSite);
        Assert.Equal(4, topology.Pools.Count);

        // The Back End's store is on the SQL Server's cluster, not "outside the sites".
        Assert.Contains("//   sql01.litwareinc.com: SQL Server stores UserStore\n", code);
        Assert.DoesNotContain("outside the sites", code);
        Assert.Contains("//   dir15.litwareinc.com (Director pool) uses the Edge pool edge15.litwareinc.com: the DSL associates Edge pools with Front End pools only", code);
    }

    [Fact]
    public async Task Lync_Server_2010_pools_are_listed_and_left_out_while_the_rest_imports()
    {
        var code = ImportFixtures.ImportFile(ImportFixtures.Topology("Adatum.Coexistence.tbxml"));

        var result = await ImportFixtures.CheckAsync([("AdatumTopology.cs", code)], "Adatum.Deployment.AdatumTopology");

        result.AssertBothSidesReport();
        Assert.Equal(["fe13.adatum.com", "edge13.adatum.com", "fe19.adatum.com"], result.Topology.Pools.Select(p => p.Fqdn));
        Assert.Equal("edge13.adatum.com", result.Topology.FindPool("fe19.adatum.com")!.AssociatedEdge!.Name);
        Assert.Contains("//   Lync Server 2010 (ServiceVersion 5), not declared: Skype for Business Server 2019 coexists with Lync Server 2013", code);
        Assert.Contains("//     fe10.adatum.com: Front End pool, 2 machine(s)", code);
        Assert.Contains("//     edge10.adatum.com: Edge pool, 1 machine(s)", code);
        Assert.Contains("            // Lync Server 2010, not declared (see the header): Front End pool fe10.adatum.com\n", code);
    }

    [Fact]
    public void A_site_with_only_Lync_Server_2010_pools_keeps_them_as_comments_in_a_lambda_that_compiles()
    {
        var file = File.ReadAllText(ImportFixtures.Topology("Adatum.Coexistence.tbxml")).Replace("ServiceVersion=\"6\"", "ServiceVersion=\"5\"", StringComparison.Ordinal).Replace("ServiceVersion=\"8\"", "ServiceVersion=\"5\"", StringComparison.Ordinal);

        var code = ImportFixtures.Import(file);

        Assert.Contains(".CentralSite(\"Berlin\", site =>\n        {\n            // Lync Server 2010, not declared (see the header): Front End pool fe10.adatum.com\n", code);
        Assert.Empty(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(code).GetDiagnostics());
    }

    [Fact]
    public void A_template_placeholder_that_is_not_a_FQDN_is_refused_with_its_line()
    {
        var file = ImportFixtures.Contoso.Replace("Fqdn=\"xfrontend2.contoso.com\"", "Fqdn=\"rz1vpflyc601.[DOMAINID]\"", StringComparison.Ordinal);

        var (exitCode, output, error) = ImportFixtures.Run("import", ImportFixtures.WriteFile(file));

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Matches(@"^xmpp-topology import: Topology\.tbxml: 'rz1vpflyc601\.\[DOMAINID\]' is not a fully qualified domain name .* \(line 28, position 18\)\n$", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_placeholder_on_a_cluster_the_DSL_does_not_declare_only_appears_in_the_header()
    {
        var file = ImportFixtures.Contoso.Replace("Fqdn=\"xOffice1.contoso.com\"", "Fqdn=\"wac.[DOMAINID]\"", StringComparison.Ordinal);

        Assert.Contains("//   wac.[DOMAINID]: WacService", ImportFixtures.Import(file));
    }

    [Fact]
    public void A_UTF16_file_with_a_byte_order_mark_under_a_utf8_declaration_is_read()
    {
        var path = Path.Combine(ImportFixtures.NewFolder(), "Topology.tbxml");
        File.WriteAllText(path, ImportFixtures.Contoso.TrimStart('\uFEFF'), new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", File.ReadAllText(path));
        Assert.Equal(ImportFixtures.Import(ImportFixtures.Contoso), ImportFixtures.ImportFile(path));
    }

    [Fact]
    public void A_UTF16_file_whose_bytes_break_off_is_a_one_line_error()
    {
        var path = Path.Combine(ImportFixtures.NewFolder(), "Topology.tbxml");
        var bytes = new UnicodeEncoding(false, true).GetPreamble().Concat(Encoding.Unicode.GetBytes("<?xml version=\"1.0\"?><a>")).Append((byte)0x3C).ToArray();
        File.WriteAllBytes(path, bytes);

        var (exitCode, _, error) = ImportFixtures.Run("import", path);

        Assert.Equal(2, exitCode);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("xmpp-topology import: Topology.tbxml: the file is not valid XML", error);
    }

    [Theory]
    [InlineData("nested")]
    [InlineData("beside, naming its parent")]
    [InlineData("beside, with one central site")]
    public void A_published_branch_site_belongs_to_its_central_site(string shape)
    {
        var file = File.ReadAllText(ImportFixtures.Topology("Litware.Enterprise2015.xml"));
        var branch = file[file.IndexOf("<RemoteSite ", StringComparison.Ordinal)..(file.IndexOf("</RemoteSite>", StringComparison.Ordinal) + "</RemoteSite>".Length)];
        file = shape switch
        {
            "nested" => file.Replace(branch, "", StringComparison.Ordinal).Replace(Seattle, Seattle + "\n      <RemoteSites>" + branch.Replace(" ParentSiteId=\"1\"", "", StringComparison.Ordinal) + "</RemoteSites>", StringComparison.Ordinal),
            "beside, with one central site" => file.Replace(" ParentSiteId=\"1\"", "", StringComparison.Ordinal),
            _ => file,
        };

        var code = ImportFixtures.Import(file, "Litware.xml");

        Assert.Contains(".BranchSite(\"Tukwila\", branch => branch\n                .SurvivableBranchAppliance(Sba01, ProductVersion.SkypeForBusiness2015))", code);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(code, "BranchSite"));
    }

    [Fact]
    public void A_published_branch_site_that_names_no_central_site_of_several_is_refused()
    {
        var file = File.ReadAllText(ImportFixtures.Topology("Litware.Enterprise2015.xml"))
            .Replace(" ParentSiteId=\"1\"", "", StringComparison.Ordinal)
            .Replace("  </Sites>", "    <CentralSite SiteId=\"3\"><Name>Dublin</Name></CentralSite>\n  </Sites>", StringComparison.Ordinal);

        var (exitCode, _, error) = ImportFixtures.Run("import", ImportFixtures.WriteFile(file, "Litware.xml"));

        Assert.Equal(2, exitCode);
        Assert.Contains("the branch site 'Tukwila' names no central site of the 2 in the file (line 17, position 6)", error);
    }

    [Theory]
    [InlineData("fe01.contoso.com")]
    [InlineData("a.b")]
    [InlineData("rz1vpflyc601.[DOMAINID]")]
    [InlineData("single")]
    [InlineData("-bad.contoso.com")]
    [InlineData("bad-.contoso.com")]
    [InlineData("fe 01.contoso.com")]
    [InlineData("fe01.contoso.com.")]
    [InlineData("")]
    public void The_importer_judges_a_FQDN_as_the_DSL_does(string fqdn)
    {
        var dsl = Accepts(() => _ = new PoolRef(fqdn));

        Assert.Equal(dsl, Import.DslValues.IsFqdn(fqdn));
    }

    [Theory]
    [InlineData("sip:alice@contoso.com")]
    [InlineData("SIP:Pat.Benatar@Contoso.com")]
    [InlineData("alice@contoso.com")]
    [InlineData("sip:alice@contoso")]
    [InlineData("sip:al ice@contoso.com")]
    [InlineData("sip:alice;x@contoso.com")]
    [InlineData(" ")]
    public void The_importer_judges_a_SIP_address_as_the_DSL_does(string sip)
    {
        var dsl = Accepts(() => XmppTopology.Topology.Define("contoso.com", t => t.Users(users => users.User(sip))));

        Assert.Equal(dsl, Import.DslValues.IsSipAddress(sip));
    }

    private const string Seattle = "<Location City=\"Seattle\" State=\"WA\" CountryCode=\"US\" />";

    private static bool Accepts(Action call)
    {
        try
        {
            call();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string AfterFirstLine(string code) => code[(code.IndexOf('\n', StringComparison.Ordinal) + 1)..];
}
