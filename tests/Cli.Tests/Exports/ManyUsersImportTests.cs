using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using XmppTopology.Analyzers;

namespace XmppTopology.Cli.Tests.Exports;

/// <summary>
/// A Get-CsUser export of 100,000 users, written by Export-Csv, imports to users files of 1,000 that
/// compile, that the analyzer reads from their text without binding, and on which the analyzer and
/// Validate() agree user by user. Its timings are in docs/cli.md, not asserted here.
/// </summary>
public class ManyUsersImportTests
{
    private const int Users = 100_000;

    [Fact]
    public async Task One_hundred_thousand_users_import_build_and_are_checked_alike_on_both_sides()
    {
        var export = PowerShellExports.ManyUsers(Users);

        var files = ImportFixtures.ImportInto(ImportFixtures.Topology("Adatum.Coexistence.tbxml"), "--users", export, "--policies", PowerShellExports.File("policies.csv"));

        var usersFiles = files.Where(f => f.Key.StartsWith("AdatumTopologyUsers", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(Users / 1000, usersFiles.Count);
        Assert.All(usersFiles, f => Assert.Equal(1000, Regex.Count(f.Value, @"^        users\.User\(", RegexOptions.Multiline)));
        Assert.Equal(Users / 1000, Regex.Count(files["AdatumTopology.cs"], @"\.Users\(AdatumTopologyUsers\d{3}\.Plan\)"));

        var readBefore = MethodsReadWithoutBinding();
        var result = await ImportFixtures.CheckAsync(files.Select(f => (f.Key, f.Value)), "Adatum.Deployment.AdatumTopology");

        Assert.True(MethodsReadWithoutBinding() - readBefore >= usersFiles.Count, "the users files were not read from their text");
        Assert.Equal(Users, result.Topology.Users.Count);
        Assert.Equal((Users / 10) + (Users / 100), result.Topology.Users.Count(u => u.ExternalAccessPolicy?.Name == "AllowXmpp"));

        // One user in a hundred of the 2019 pool federates with XMPP: XMPP001 at each, on both sides.
        var xmpp001 = Enumerable.Repeat("XMPP001", Users / 100).ToArray();
        result.AssertBothSidesReport(xmpp001);
        Assert.Equal(
            result.Findings.Select(f => f.Element).Order(),
            result.Diagnostics.Select(d => Regex.Match(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), "'(sip:[^']+)'").Groups[1].Value).Order());
    }

    private static long MethodsReadWithoutBinding() =>
        (long)typeof(TopologyAnalyzer).Assembly.GetType("XmppTopology.Analyzers.Extraction.UserListReader")!
            .GetProperty("MethodsRead", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
