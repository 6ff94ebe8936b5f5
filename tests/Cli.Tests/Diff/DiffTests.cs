using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using XmppTopology.Cli.Tests.Exports;

namespace XmppTopology.Cli.Tests.Diff;

/// <summary>`diff` compares the code with the deployment: nothing for the file's own import; each kind of edit once, with both sides' lines; users from a Get-CsUser export.</summary>
public class DiffTests
{
    // The import of Contoso.tbxml, edited: the Front End pool renamed, the Edge turned into a
    // 2019 Director of another site with one machine less (so no XMPP proxy), and users.
    private static string Edited(string imported) => imported
        .Replace("new(\"frontendpool.contoso.com\")", "new(\"fe-new.contoso.com\")", System.StringComparison.Ordinal)
        .Replace(
            """
                        .EdgePool(Edgepool, ProductVersion.SkypeForBusiness2015, edge => edge
                            .Machines("xedge1.contoso.com", "xedge2.contoso.com", "xedge3.contoso.com")
                            .Federation()
                            .XmppProxy())));
            """,
            """
                        )
                    .CentralSite("Dublin", site => site
                        .DirectorPool(Edgepool, ProductVersion.SkypeForBusiness2019, dir => dir
                            .Machines("xedge1.contoso.com", "xedge2.contoso.com")))
                    .Users(ContosoUsers.Plan));
            """,
            System.StringComparison.Ordinal);

    private const string Users = """
        using XmppTopology;

        namespace Contoso.Deployment;

        internal static class ContosoUsers
        {
            private static readonly string[] Team = ["sip:bob@contoso.com", "sip:carol@contoso.com"];

            public static void Plan(UserPlan users)
            {
                users.User("sip:alice@contoso.com").HomedOn(ContosoTopology.Frontendpool);
                users.Users(Team)
                    .HomedOn("fe-new.contoso.com");
                users.User("sip:erin@contoso.com").HomedOn("frontendpool.contoso.com");
            }
        }
        """;

    [Fact]
    public async Task Contoso_against_its_own_import_has_no_difference()
    {
        using var project = new DiffProject(ImportFixtures.Import(ImportFixtures.Contoso));

        var (exitCode, output, error) = await Review.Cli.RunAsync("diff", project.Project, project.TopologyFile, "--quiet");

        // Federation, the XMPP proxy and the Front End pool's associated Edge are compared: only the routes and users are not.
        Assert.True(exitCode == 0, error + output);
        Assert.Equal(
            [
                "not compared: the sites' federation routes (FederationRoute, XmppFederationRoute): the topology file reader does not read them",
                "not compared: users: no Get-CsUser export was given",
                "no difference",
                "",
            ],
            output.Split(System.Environment.NewLine));
    }

    // The import of Contoso.tbxml, edited: federation turned off on the Edge, and the Front End pool
    // associated with a new Edge pool.
    private static string EdgeSettingsEdited(string imported) => imported
        .Replace(
            """
                public static readonly PoolRef Edgepool = new("edgepool.contoso.com");
            """,
            """
                public static readonly PoolRef Edgepool = new("edgepool.contoso.com");
                public static readonly PoolRef EdgeNew = new("edge-new.contoso.com");
            """,
            System.StringComparison.Ordinal)
        .Replace(".AssociatedEdge(Edgepool))", ".AssociatedEdge(EdgeNew))", System.StringComparison.Ordinal)
        .Replace(
            """
                            .Federation()
                            .XmppProxy())));
            """,
            """
                            .XmppProxy())
                        .EdgePool(EdgeNew, ProductVersion.SkypeForBusiness2015)));
            """,
            System.StringComparison.Ordinal);

    [Fact]
    public async Task Federation_turned_off_and_another_associated_Edge_are_each_reported_once_with_both_lines_in_text_and_json()
    {
        var edited = EdgeSettingsEdited(ImportFixtures.Import(ImportFixtures.Contoso));
        Assert.DoesNotContain(".Federation()", edited);
        using var project = new DiffProject(edited);
        var code = File.ReadAllLines(Path.Combine(project.Folder, "ContosoTopology.cs"));
        int CodeLine(string text) => System.Array.FindIndex(code, l => l.Contains(text, System.StringComparison.Ordinal)) + 1;
        var xml = File.ReadAllLines(project.TopologyFile);
        int XmlLine(string fqdn) => System.Array.FindIndex(xml, l => l.Contains("<Cluster ", System.StringComparison.Ordinal) && l.Contains($"Fqdn=\"{fqdn}\"", System.StringComparison.Ordinal)) + 1;
        var frontEnd = (Code: CodeLine(".FrontEndPool(Frontendpool"), File: XmlLine("frontendpool.contoso.com"));
        var edge = (Code: CodeLine(".EdgePool(Edgepool"), File: XmlLine("edgepool.contoso.com"));

        var (exitCode, output, error) = await Review.Cli.RunAsync("diff", project.Project, project.TopologyFile, "--quiet");
        var (jsonExitCode, json, jsonError) = await Review.Cli.RunAsync("diff", project.Project, project.TopologyFile, "--format", "json", "--quiet");

        Assert.True(exitCode == 1, error + output);
        Assert.Equal(
            [
                "associated Edge: frontendpool.contoso.com",
                $"  code:        edge-new.contoso.com  [ContosoTopology.cs({frontEnd.Code})]",
                $"  deployment:  edgepool.contoso.com  [Contoso.tbxml({frontEnd.File})]",
                "federation: edgepool.contoso.com",
                $"  code:        not enabled  [ContosoTopology.cs({edge.Code})]",
                $"  deployment:  enabled  [Contoso.tbxml({edge.File})]",
                "pool only in the code: edge-new.contoso.com",
                $"  code:        Skype for Business Server 2015 Edge pool, site Contoso  [ContosoTopology.cs({CodeLine(".EdgePool(EdgeNew")})]",
                "  deployment:  (none)  [Contoso.tbxml]",
            ],
            output.Split(System.Environment.NewLine).TakeWhile(line => line.Length > 0));
        Assert.EndsWith("3 difference(s): 1 associated Edge, 1 federation, 1 pool only in the code" + System.Environment.NewLine, output);

        Assert.True(jsonExitCode == 1, jsonError + json);
        Assert.Equal(
            [
                $"associated Edge frontendpool.contoso.com: edge-new.contoso.com ContosoTopology.cs({frontEnd.Code}) | edgepool.contoso.com Contoso.tbxml({frontEnd.File})",
                $"federation edgepool.contoso.com: not enabled ContosoTopology.cs({edge.Code}) | enabled Contoso.tbxml({edge.File})",
                $"pool only in the code edge-new.contoso.com: Skype for Business Server 2015 Edge pool, site Contoso ContosoTopology.cs({CodeLine(".EdgePool(EdgeNew")}) | (none) Contoso.tbxml",
            ],
            JsonDocument.Parse(json).RootElement.GetProperty("differences").EnumerateArray()
                .Select(d => $"{d.GetProperty("kind").GetString()} {d.GetProperty("element").GetString()}: {Side(d.GetProperty("code"))} | {Side(d.GetProperty("deployment"))}"));
    }

    // Contoso.tbxml, edited so that it cannot say a setting: the Edge's ports left out; the Front
    // End pool's Registrar depending on a second Edge pool as well; or on an Edge service installed
    // on no cluster of the sites. The code (its own import) is not found to differ there, and the
    // report says what it could not compare and why.
    [Fact]
    public async Task What_the_topology_file_does_not_say_is_not_compared_and_the_report_says_so()
    {
        using var project = new DiffProject(ImportFixtures.Import(ImportFixtures.Contoso));
        const string Registrar = "RoleName=\"Registrar\" RoleVersion=\"2\" InstalledOn=\"01743022-c22c-4816-abca-259cf33dd5b8\" ServiceVersion=\"7\" Type=\"Microsoft.Rtc.Management.Deploy.Internal.ServiceRoles.RegistrarService\">\n          <DependsOn>\n";
        const string AlsoOnSecondEdge = Registrar + "            <Dependency ServiceUniqueId=\"e2000000-0000-4000-8000-000000000002\" Usage=\"Default\" />\n";
        string Edit(string name, System.Func<string, string> change)
        {
            var original = ImportFixtures.Contoso.ReplaceLineEndings("\n");
            var text = change(original);
            Assert.NotEqual(original, text);
            var path = Path.Combine(project.Folder, name);
            File.WriteAllText(path, text);
            return path;
        }

        var noPorts = Edit("no-ports.tbxml", t => System.Text.RegularExpressions.Regex.Replace(
            t, "(RoleName=\"EdgeServer\"[^>]*>\\s*<DependsOn>.*?</DependsOn>\\s*)<Ports [^>]*>.*?</Ports>", "$1<Ports xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008\" />", System.Text.RegularExpressions.RegexOptions.Singleline));
        var twoEdges = Edit("two-edges.tbxml", t => t
            .Replace(Registrar, AlsoOnSecondEdge, System.StringComparison.Ordinal)
            .Replace("          </Clusters>", "            <Cluster IsSingleMachineOnly=\"true\" UniqueId=\"e2000000-0000-4000-8000-000000000001\" Fqdn=\"edge2.contoso.com\"><Machines><Machine Fqdn=\"edge2.contoso.com\" /></Machines><SqlInstances /></Cluster>\n          </Clusters>", System.StringComparison.Ordinal)
            .Replace("      </Services>", EdgeService("e2000000-0000-4000-8000-000000000001") + "      </Services>", System.StringComparison.Ordinal));
        var unplaced = Edit("unplaced-edge.tbxml", t => t
            .Replace(Registrar, AlsoOnSecondEdge, System.StringComparison.Ordinal)
            .Replace("      </Services>", EdgeService("e2000000-0000-4000-8000-00000000ffff") + "      </Services>", System.StringComparison.Ordinal));

        var (exitCode, output, error) = await Review.Cli.RunAsync("diff", project.Project, noPorts, "--quiet");
        Assert.True(exitCode == 0, error + output);
        Assert.Contains("not compared: the XMPP proxy of edgepool.contoso.com: the topology file lists no port of this Edge pool" + System.Environment.NewLine, output);
        Assert.Contains("not compared: the federation of edgepool.contoso.com: the topology file lists no Access Edge port of this Edge pool" + System.Environment.NewLine, output);
        Assert.EndsWith("no difference" + System.Environment.NewLine, output);

        (exitCode, output, error) = await Review.Cli.RunAsync("diff", project.Project, twoEdges, "--quiet");
        Assert.True(exitCode == 1, error + output);
        Assert.StartsWith("pool only in the deployment: edge2.contoso.com" + System.Environment.NewLine, output);
        Assert.Contains("not compared: the associated Edge of frontendpool.contoso.com: its Registrar depends on 2 Edge pools (edge2.contoso.com, edgepool.contoso.com), the code can name one" + System.Environment.NewLine, output);
        Assert.EndsWith("1 difference(s): 1 pool only in the deployment" + System.Environment.NewLine, output);

        (exitCode, output, error) = await Review.Cli.RunAsync("diff", project.Project, unplaced, "--format", "json", "--quiet");
        Assert.True(exitCode == 0, error + output);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Empty(report.GetProperty("differences").EnumerateArray());
        Assert.Contains(
            "the associated Edge of frontendpool.contoso.com: its Registrar depends on an Edge pool that the topology file installs on no cluster of its sites",
            report.GetProperty("notCompared").EnumerateArray().Select(n => n.GetString()));

        // The import of the file without the Edge's ports says the same of its code.
        var imported = ImportFixtures.ImportFile(noPorts);
        Assert.Contains("//   edgepool.contoso.com: the file lists no Access Edge port of this Edge pool, so it does not say whether federation is enabled: add Federation() if it is\n", imported);
        Assert.Contains("//   edgepool.contoso.com: the file lists no port of this Edge pool, so it does not say whether the XMPP proxy is enabled: add XmppProxy() if it is\n", imported);
    }

    // The published form (Get-CsTopology -AsXml) names the Edge a pool uses by ServiceId: the Front
    // End pool's is compared, the Director's is one the DSL cannot say, and the report says so.
    [Fact]
    public async Task A_published_topology_against_its_own_import_has_no_difference_and_names_the_Edge_the_code_cannot_say()
    {
        var published = ImportFixtures.Topology("Litware.Enterprise2015.xml");
        using var project = new DiffProject(ImportFixtures.ImportFile(published));

        var (exitCode, output, error) = await Review.Cli.RunAsync("diff", project.Project, project.Copy(published), "--quiet");

        Assert.True(exitCode == 0, error + output);
        Assert.Equal(
            [
                "not compared: the sites' federation routes (FederationRoute, XmppFederationRoute): the topology file reader does not read them",
                "not compared: the Edge that dir15.litwareinc.com (Director pool) uses (edge15.litwareinc.com): the DSL associates an Edge with Front End pools and Standard Edition servers only",
                "not compared: the machines of sba01.tukwila.litwareinc.com: the code lists none",
                "not compared: users: no Get-CsUser export was given",
                "no difference",
                "",
            ],
            output.Split(System.Environment.NewLine));
    }

    // A Skype for Business Server 2015 Edge service with its Access Edge's internal port only.
    private static string EdgeService(string installedOn) => $"""
                <Service UniqueId="e2000000-0000-4000-8000-000000000002" RoleName="EdgeServer" RoleVersion="2" InstalledOn="{installedOn}" ServiceVersion="7">
                  <DependsOn />
                  <Ports xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008">
                    <Port Owner="urn:component:AccessEdge" Usage="SipServer" InterfaceSide="Internal" InterfaceNumber="1" Port="5061" Protocol="Mtls" UrlPath="/" AuthorizesRequests="false" />
                  </Ports>
                </Service>

        """.ReplaceLineEndings("\n");

    [Fact]
    public async Task Each_kind_of_difference_is_reported_once_with_both_sides_and_their_lines()
    {
        using var project = new DiffProject(Edited(ImportFixtures.Import(ImportFixtures.Contoso)), ("ContosoUsers.cs", Users));
        var code = File.ReadAllLines(Path.Combine(project.Folder, "ContosoTopology.cs"));
        int CodeLine(string text) => System.Array.FindIndex(code, l => l.Contains(text, System.StringComparison.Ordinal)) + 1;
        var xml = File.ReadAllLines(project.TopologyFile);
        int XmlLine(string fqdn) => System.Array.FindIndex(xml, l => l.Contains("<Cluster ", System.StringComparison.Ordinal) && l.Contains($"Fqdn=\"{fqdn}\"", System.StringComparison.Ordinal)) + 1;

        var (exitCode, output, error) = await Review.Cli.RunAsync("diff", project.Project, project.TopologyFile, "--quiet");

        Assert.True(exitCode == 1, error + output);
        var director = $"ContosoTopology.cs({CodeLine(".DirectorPool(")})";
        var edge = $"Contoso.tbxml({XmlLine("edgepool.contoso.com")})";
        Assert.Equal(
            [
                "pool only in the code: fe-new.contoso.com",
                $"  code:        Skype for Business Server 2015 Front End pool, site Contoso  [ContosoTopology.cs({CodeLine(".FrontEndPool(")})]",
                "  deployment:  (none)  [Contoso.tbxml]",
                "role: edgepool.contoso.com",
                $"  code:        Director pool  [{director}]",
                $"  deployment:  Edge pool  [{edge}]",
                "version: edgepool.contoso.com",
                $"  code:        Skype for Business Server 2019  [{director}]",
                $"  deployment:  Skype for Business Server 2015  [{edge}]",
                "site: edgepool.contoso.com",
                $"  code:        Dublin  [{director}]",
                $"  deployment:  Contoso  [{edge}]",
                "machines: edgepool.contoso.com",
                $"  code:        xedge1.contoso.com, xedge2.contoso.com  [{director}]",
                $"  deployment:  xedge1.contoso.com, xedge2.contoso.com, xedge3.contoso.com  [{edge}]",
                "XMPP proxy: edgepool.contoso.com",
                $"  code:        not enabled  [{director}]",
                $"  deployment:  enabled  [{edge}]",
                "federation: edgepool.contoso.com",
                $"  code:        not enabled  [{director}]",
                $"  deployment:  enabled  [{edge}]",
                "pool only in the deployment: frontendpool.contoso.com",
                "  code:        (none)  [ContosoTopology.cs]",
                $"  deployment:  Front End pool, site Contoso  [Contoso.tbxml({XmlLine("frontendpool.contoso.com")})]",
            ],
            output.Split(System.Environment.NewLine).TakeWhile(line => line.Length > 0));
        Assert.Contains("8 difference(s): 1 pool only in the code, 1 role, 1 version, 1 site, 1 machines, 1 XMPP proxy, 1 federation, 1 pool only in the deployment", output);
    }

    [Fact]
    public async Task With_a_users_export_users_homed_elsewhere_or_on_one_side_only_are_differences_with_their_lines()
    {
        using var project = new DiffProject(Edited(ImportFixtures.Import(ImportFixtures.Contoso)), ("ContosoUsers.cs", Users));
        var export = project.Copy(PowerShellExports.File("contoso-users-type-utf16.csv"), "users.csv");

        var (exitCode, output, error) = await Review.Cli.RunAsync("diff", project.Project, project.TopologyFile, export, "--format", "json", "--quiet");

        Assert.True(exitCode == 1, error + output);
        var report = JsonDocument.Parse(output).RootElement;
        var users = report.GetProperty("differences").EnumerateArray()
            .Where(d => d.GetProperty("kind").GetString()!.StartsWith("user", System.StringComparison.Ordinal))
            .Select(d => $"{d.GetProperty("kind").GetString()} {d.GetProperty("element").GetString()}: {Side(d.GetProperty("code"))} | {Side(d.GetProperty("deployment"))}")
            .ToList();
        Assert.Equal(
            [
                "user home sip:alice@contoso.com: fe-new.contoso.com ContosoUsers.cs(11) | frontendpool.contoso.com users.csv(3)",
                "user home sip:bob@contoso.com: fe-new.contoso.com ContosoUsers.cs(13) | frontendpool.contoso.com users.csv(4)",
                "user only in the code sip:carol@contoso.com: homed on fe-new.contoso.com ContosoUsers.cs(13) | (none) users.csv",
                "user not enabled sip:erin@contoso.com: homed on frontendpool.contoso.com ContosoUsers.cs(14) | Enabled is False (RegistrarPool frontendpool.contoso.com) users.csv(6)",
                "user only in the deployment sip:dave@contoso.com: (none) ContosoTopology.cs | homed on frontendpool.contoso.com users.csv(5)",
            ],
            users);
        var notCompared = report.GetProperty("notCompared").EnumerateArray().Select(n => n.GetString()).ToList();
        Assert.Contains("1 user(s) of users.csv that the code does not name and that are not homed on premises (Enabled is False, or no RegistrarPool)", notCompared);
        Assert.DoesNotContain(notCompared, n => n!.StartsWith("users:", System.StringComparison.Ordinal));
    }

    // The import leaves out users not enabled and users with no RegistrarPool; the diff of its code
    // against the same export, in either way PowerShell writes it, finds nothing.
    [Fact]
    public async Task Contoso_with_its_users_against_their_own_import_has_no_difference_whichever_way_PowerShell_wrote_the_export()
    {
        var files = ImportFixtures.ImportInto(ImportFixtures.WriteFile(ImportFixtures.Contoso, "Contoso.tbxml"), "--users", PowerShellExports.File("contoso-users-type-utf16.csv"));
        using var project = new DiffProject(files["ContosoTopology.cs"], [.. files.Where(f => f.Key != "ContosoTopology.cs").Select(f => (f.Key, f.Value))]);

        foreach (var export in (string[])["contoso-users-type-utf16.csv", "contoso-users-utf8.csv"])
        {
            var (exitCode, output, error) = await Review.Cli.RunAsync("diff", project.Project, project.TopologyFile, project.Copy(PowerShellExports.File(export)), "--quiet");

            Assert.True(exitCode == 0, export + ": " + error + output);
            Assert.EndsWith("no difference" + System.Environment.NewLine, output);
            Assert.Contains($"not compared: 2 user(s) of {export} that the code does not name and that are not homed on premises (Enabled is False, or no RegistrarPool)", output);
        }

        // Without the Enabled column the export cannot say that Erin is not enabled: she counts as homed, and the report says why.
        var (homesExit, homes, homesError) = await Review.Cli.RunAsync("diff", project.Project, project.TopologyFile, project.Copy(PowerShellExports.File("contoso-homes.csv")), "--quiet");

        Assert.True(homesExit == 1, homesError + homes);
        Assert.StartsWith(
            string.Join(System.Environment.NewLine, "user only in the deployment: sip:erin@contoso.com", "  code:        (none)  [ContosoTopology.cs]", "  deployment:  homed on frontendpool.contoso.com  [contoso-homes.csv(5)]", ""),
            homes);
        Assert.Contains("not compared: whether the users of contoso-homes.csv are enabled: it has no Enabled column, so each user with a RegistrarPool counts as homed there", homes);
        Assert.EndsWith("1 difference(s): 1 user only in the deployment" + System.Environment.NewLine, homes);
    }

    [Theory]
    [InlineData("\"Identity\",\"Enabled\"\n\"alice\",\"True\"\n", "users.csv: line 1: the header has no SipAddress column (it has Identity, Enabled)")]
    [InlineData("\"SipAddress\",\"RegistrarPool\"\n\"sip:alice@contoso.com\",\"fe.contoso.com\"\n\"SIP:Alice@contoso.com\",\"fe.contoso.com\"\n", "users.csv: line 3: SIP:Alice@contoso.com is also on line 2 (SIP addresses compare without case)")]
    [InlineData("\"SipAddress\",\"RegistrarPool\",\"Enabled\"\n\"sip:alice@contoso.com\",\"fe.contoso.com\",\"Yes\"\n", "users.csv: line 2: Enabled is 'Yes', not True or False")]
    [InlineData("\"SipAddress\",\"RegistrarPool\"\n\"sip:alice@contoso.com\",\"fe.contoso.com\n", "users.csv: line 2: ")]
    public async Task A_users_export_the_import_would_refuse_is_refused_with_the_same_message_and_exit_code_2_before_the_project_loads(string export, string expected)
    {
        var folder = Path.Combine(Path.GetTempPath(), "xmpptopology-diff-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var users = Path.Combine(folder, "users.csv");
            File.WriteAllText(users, export);
            File.WriteAllText(Path.Combine(folder, "Deployment.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />"); // read before the project loads

            var (exitCode, output, error) = await Review.Cli.RunAsync("diff", folder, Path.Combine(System.AppContext.BaseDirectory, "Fixtures", "Contoso.tbxml"), users);

            Assert.Equal(2, exitCode);
            Assert.Empty(output);
            Assert.Single(error.TrimEnd().Split('\n'));
            Assert.StartsWith("xmpp-topology diff: " + expected, error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Side(JsonElement side) =>
        $"{side.GetProperty("value").GetString()} {side.GetProperty("path").GetString()}{(side.GetProperty("line").ValueKind == JsonValueKind.Number ? $"({side.GetProperty("line").GetInt32()})" : "")}";
}
