using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace XmppTopology.Cli.Tests.Exports;

/// <summary>
/// The cmdlets' exports, as PowerShell's Export-Csv writes them, join the imported topology: users
/// in the users files the analyzer reads fastest, policies and partners in the topology.
/// </summary>
public class ExportImportTests
{
    private static readonly string Adatum = ImportFixtures.Topology("Adatum.Coexistence.tbxml");

    [Fact]
    public async Task Users_policies_and_partners_join_the_topology_and_both_sides_find_the_same_mistakes()
    {
        var files = ImportFixtures.ImportInto(Adatum, "--users", PowerShellExports.File("users-type-utf16.csv"), "--policies", PowerShellExports.File("policies.csv"), "--partners", PowerShellExports.File("partners.csv"));

        Assert.Equal(["AdatumTopology.cs", "AdatumTopologyUsers001.cs"], files.Keys.Order());
        var result = await ImportFixtures.CheckAsync(files.Select(f => (f.Key, f.Value)), "Adatum.Deployment.AdatumTopology");

        // Lena Roth federates with XMPP through AllowXmpp and is homed on the 2019 pool: the plan
        // the import starts from already shows what the migration must not do.
        var xmpp001 = Assert.Single(result.Findings, f => f.RuleId == "XMPP001");
        Assert.Contains("sip:lena.roth@adatum.com", xmpp001.Message);
        result.AssertBothSidesReport("XMPP001");
        Assert.Equal("AdatumTopologyUsers001.cs(15,48)", Regex.Match(result.Diagnostics[0].ToString(), @"^[^:]+").Value);
        var topology = result.Topology;
        Assert.Equal(
            ["sip:pat.benatar@adatum.com fe13.adatum.com AllowXmpp", "sip:jonas.berg@adatum.com fe13.adatum.com ", "sip:mia.wong@adatum.com fe19.adatum.com ", "sip:lena.roth@adatum.com fe19.adatum.com AllowXmpp"],
            topology.Users.Select(u => $"{u.SipAddress} {u.Home!.Name} {u.ExternalAccessPolicy?.Name}"));
        Assert.Equal(
            ["Global  False", "Site Berlin False", "User AllowXmpp True"],
            topology.ExternalAccessPolicies.Select(p => $"{p.Scope} {p.Name} {p.EnableXmppAccess}"));
        Assert.Equal(
            ["jabber.fabrikam.com Federated Required Required False", "xmpp.contoso.com PublicVerified Optional Optional True"],
            topology.XmppPartners.Select(p => $"{p.Domain} {p.Type} {p.TlsNegotiation} {p.SaslNegotiation} {p.SupportDialbackNegotiation}"));

        var header = files["AdatumTopology.cs"];
        Assert.Contains("//   4 from users-type-utf16.csv, in 1 file(s) of up to 1000 (AdatumTopologyUsers001.cs)\n", header);
        Assert.Contains("//   1 homed on Lync Server 2010 pools: listed as comments where they stand, not declared\n", header);
        Assert.Contains("//   1 not imported: not enabled for Skype for Business Server (Enabled is False)\n", header);
        Assert.Contains("//   1 not imported: no RegistrarPool (not homed on an on-premises pool)\n", header);
        Assert.Contains("        // sip:old.timer@adatum.com: homed on fe10.adatum.com, a Lync Server 2010 pool (see AdatumTopology's header)\n", files["AdatumTopologyUsers001.cs"]);
    }

    [Theory]
    [InlineData("users-type-utf16.csv")]
    [InlineData("users-type-utf8bom.csv")]
    [InlineData("users-all-columns-as-needed.csv")]
    public void Every_way_PowerShell_writes_the_export_gives_the_same_users(string export)
    {
        var expected = UserStatements(ImportFixtures.ImportInto(Adatum, "--users", PowerShellExports.File("users-utf8.csv"))["AdatumTopologyUsers001.cs"]);

        var users = UserStatements(ImportFixtures.ImportInto(Adatum, "--users", PowerShellExports.File(export))["AdatumTopologyUsers001.cs"]);

        Assert.Equal(expected, users);
        Assert.Equal(5, users.Length);
    }

    [Fact]
    public void The_type_line_is_not_a_row_and_the_lines_named_are_the_files_own()
    {
        var users = ImportFixtures.ImportInto(Adatum, "--users", PowerShellExports.File("users-type-utf16.csv"))["AdatumTopologyUsers001.cs"];
        var withoutType = ImportFixtures.ImportInto(Adatum, "--users", PowerShellExports.File("users-utf8.csv"))["AdatumTopologyUsers001.cs"];

        Assert.StartsWith("#TYPE Selected.Microsoft.Rtc.Management.ADConnect.Schema.OCSADUser", File.ReadAllText(PowerShellExports.File("users-type-utf16.csv")));
        Assert.StartsWith("// Imported from users-type-utf16.csv (lines 3 to 7) by xmpp-topology import: users 1 to 5.\n", users);
        Assert.StartsWith("// Imported from users-utf8.csv (lines 2 to 6) by xmpp-topology import: users 1 to 5.\n", withoutType);
    }

    [Fact]
    public void A_topology_resaved_by_Out_File_imports_as_the_original()
    {
        var original = ImportFixtures.Import(ImportFixtures.Contoso, "resaved.tbxml");

        Assert.Equal(original, ImportFixtures.ImportFile(PowerShellExports.File("resaved.tbxml")));
        Assert.Equal([0xFF, 0xFE], File.ReadAllBytes(PowerShellExports.File("resaved.tbxml"))[..2]);
    }

    [Fact]
    public void A_user_homed_on_a_pool_the_topology_does_not_declare_is_named_by_its_FQDN_for_TOPO001()
    {
        var export = Rewrite("users-utf8.csv", text => text.Replace("\"fe13.adatum.com\",\"\"", "\"fe99.adatum.com\",\"\"", StringComparison.Ordinal));

        var users = ImportFixtures.ImportInto(Adatum, "--users", export)["AdatumTopologyUsers001.cs"];

        Assert.Contains("users.User(\"sip:jonas.berg@adatum.com\").HomedOn(\"fe99.adatum.com\");", users);
    }

    [Fact]
    public void Partners_are_read_by_Domain_when_the_export_has_no_Identity()
    {
        var export = Rewrite("partners.csv", text => text.Replace("\"Identity\"", "\"Domain\"", StringComparison.Ordinal));

        var topology = ImportFixtures.ImportInto(Adatum, "--partners", export)["AdatumTopology.cs"];

        Assert.Contains(".XmppPartner(\"jabber.fabrikam.com\", p => p.Type(XmppPartnerType.Federated)", topology);
    }

    [Fact]
    public void The_import_of_exports_is_deterministic()
    {
        string[] arguments = ["--users", PowerShellExports.File("users-utf8.csv"), "--policies", PowerShellExports.File("policies.csv"), "--partners", PowerShellExports.File("partners.csv")];

        Assert.Equal(ImportFixtures.ImportInto(Adatum, arguments), ImportFixtures.ImportInto(Adatum, arguments));
    }

    /// <summary>A copy of a PowerShell export changed by <paramref name="change"/>, in its encoding.</summary>
    internal static string Rewrite(string export, Func<string, string> change)
    {
        var path = Path.Combine(ImportFixtures.NewFolder(), export);
        using (var reader = new StreamReader(PowerShellExports.File(export), detectEncodingFromByteOrderMarks: true))
        {
            var text = reader.ReadToEnd();
            File.WriteAllText(path, change(text), reader.CurrentEncoding);
        }

        return path;
    }

    private static string[] UserStatements(string usersFile) =>
        Regex.Matches(usersFile, @"^        .*$", RegexOptions.Multiline).Select(m => m.Value).ToArray();
}
