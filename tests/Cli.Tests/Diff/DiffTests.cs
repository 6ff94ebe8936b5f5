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
