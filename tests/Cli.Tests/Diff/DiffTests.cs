using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

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
            }
        }
        """;

    // Windows PowerShell 5.1's Export-Csv: a #TYPE line, every field quoted; here saved as UTF-16LE with a byte-order mark.
    private const string Export = """
        #TYPE Selected.Microsoft.Rtc.Management.ADConnect.Schema.OCSADUser
        "SipAddress","RegistrarPool","Enabled"
        "sip:alice@contoso.com","frontendpool.contoso.com","True"
        "sip:BOB@contoso.com","fe-new.contoso.com","True"
        "sip:dave@contoso.com","fe-new.contoso.com","True"
        """;

    [Fact]
    public async Task Contoso_against_its_own_import_has_no_difference()
    {
        using var project = new DiffProject(ImportFixtures.Import(ImportFixtures.Contoso));

        var (exitCode, output, error) = await Review.Cli.RunAsync("diff", project.Project, project.TopologyFile, "--quiet");

        Assert.True(exitCode == 0, error + output);
        Assert.EndsWith("no difference" + System.Environment.NewLine, output);
        Assert.Contains("not compared: federation and the associated Edge of each pool: the topology file reader does not read them yet", output);
        Assert.Contains("not compared: users: no Get-CsUser export was given", output);
    }

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
                "pool only in the deployment: frontendpool.contoso.com",
                "  code:        (none)  [ContosoTopology.cs]",
                $"  deployment:  Front End pool, site Contoso  [Contoso.tbxml({XmlLine("frontendpool.contoso.com")})]",
            ],
            output.Split(System.Environment.NewLine).TakeWhile(line => line.Length > 0));
        Assert.Contains("7 difference(s): 1 pool only in the code, 1 role, 1 version, 1 site, 1 machines, 1 XMPP proxy, 1 pool only in the deployment", output);
    }

    [Fact]
    public async Task With_a_users_export_users_homed_elsewhere_or_on_one_side_only_are_differences_with_their_lines()
    {
        using var project = new DiffProject(Edited(ImportFixtures.Import(ImportFixtures.Contoso)), ("ContosoUsers.cs", Users));
        var export = Path.Combine(project.Folder, "users.csv");
        File.WriteAllText(export, Export, Encoding.Unicode);

        var (exitCode, output, error) = await Review.Cli.RunAsync("diff", project.Project, project.TopologyFile, export, "--format", "json", "--quiet");

        Assert.True(exitCode == 1, error + output);
        var users = JsonDocument.Parse(output).RootElement.GetProperty("differences").EnumerateArray()
            .Where(d => d.GetProperty("kind").GetString()!.StartsWith("user", System.StringComparison.Ordinal))
            .Select(d => $"{d.GetProperty("kind").GetString()} {d.GetProperty("element").GetString()}: {Side(d.GetProperty("code"))} | {Side(d.GetProperty("deployment"))}")
            .ToList();
        Assert.Equal(
            [
                "user home sip:alice@contoso.com: fe-new.contoso.com ContosoUsers.cs(11) | frontendpool.contoso.com users.csv(3)",
                "user only in the code sip:carol@contoso.com: homed on fe-new.contoso.com ContosoUsers.cs(13) | (none) users.csv",
                "user only in the deployment sip:dave@contoso.com: (none) ContosoTopology.cs | homed on fe-new.contoso.com users.csv(5)",
            ],
            users);
        Assert.DoesNotContain("users: no Get-CsUser export", output);
    }

    [Fact]
    public async Task A_users_export_without_its_columns_is_refused_with_exit_code_2_before_the_project_loads()
    {
        var folder = Path.Combine(Path.GetTempPath(), "xmpptopology-diff-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var export = Path.Combine(folder, "users.csv");
            File.WriteAllText(export, "\"Identity\",\"Enabled\"\n\"alice\",\"True\"\n");
            File.WriteAllText(Path.Combine(folder, "Deployment.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />"); // read before the project loads

            var (exitCode, _, error) = await Review.Cli.RunAsync("diff", folder, Path.Combine(System.AppContext.BaseDirectory, "Fixtures", "Contoso.tbxml"), export);

            Assert.Equal(2, exitCode);
            Assert.StartsWith("xmpp-topology diff: users.csv has no SipAddress column (columns: Identity, Enabled)", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Side(JsonElement side) =>
        $"{side.GetProperty("value").GetString()} {side.GetProperty("path").GetString()}{(side.GetProperty("line").ValueKind == JsonValueKind.Number ? $"({side.GetProperty("line").GetInt32()})" : "")}";
}
