using System;
using System.IO;
using System.Linq;

namespace XmppTopology.Cli.Tests.Exports;

/// <summary>
/// Exports that cannot be imported, made from PowerShell's own output with one thing broken:
/// one line naming the file, the line and the cause, exit code 2, and nothing written.
/// </summary>
public class BadExportTests
{
    private const string Mia = "\"sip:mia.wong@adatum.com\",\"fe19.adatum.com\",\"\",\"True\"";

    [Fact]
    public void A_missing_required_column_is_named_with_the_header_line() =>
        AssertRefused("--users", ExportImportTests.Rewrite("users-type-utf16.csv", t => t.Replace("\"RegistrarPool\"", "\"Pool\"", StringComparison.Ordinal)),
            "users-type-utf16.csv: line 2: the header has no RegistrarPool column (it has SipAddress, Pool, ExternalAccessPolicy, Enabled)");

    [Fact]
    public void A_row_with_a_field_missing_is_refused_with_its_line() =>
        AssertRefused("--users", ExportImportTests.Rewrite("users-utf8.csv", t => t.Replace(Mia, "\"sip:mia.wong@adatum.com\",\"fe19.adatum.com\",\"True\"", StringComparison.Ordinal)),
            "users-utf8.csv: line 4: the row has 3 field(s), the header 4");

    [Fact]
    public void A_quoted_field_left_open_is_refused_with_the_line_it_starts_on() =>
        AssertRefused("--users", ExportImportTests.Rewrite("users-utf8.csv", t => t.Replace(Mia, Mia[..^1], StringComparison.Ordinal)),
            "users-utf8.csv: line 4: ");

    [Fact]
    public void A_quote_inside_a_field_that_is_not_quoted_is_refused() =>
        AssertRefused("--users", ExportImportTests.Rewrite("users-all-columns-as-needed.csv", t => t.Replace(",sip:jonas.berg@adatum.com,", ",sip:jonas\"berg@adatum.com,", StringComparison.Ordinal)),
            "users-all-columns-as-needed.csv: line 3: a field that is not quoted holds a quote");

    [Fact]
    public void A_SIP_address_the_DSL_would_refuse_is_refused_with_its_line() =>
        AssertRefused("--users", ExportImportTests.Rewrite("users-utf8.csv", t => t.Replace("\"sip:mia.wong@adatum.com\"", "\"mia.wong@adatum.com\"", StringComparison.Ordinal)),
            "users-utf8.csv: line 4: SipAddress 'mia.wong@adatum.com' is not a SIP address of the form sip:user@domain");

    [Fact]
    public void An_Enabled_that_is_not_a_Boolean_is_refused() =>
        AssertRefused("--users", ExportImportTests.Rewrite("users-utf8.csv", t => t.Replace(Mia, Mia.Replace("\"True\"", "\"Yes\"", StringComparison.Ordinal), StringComparison.Ordinal)),
            "users-utf8.csv: line 4: Enabled is 'Yes', not True or False");

    [Fact]
    public void The_same_user_twice_is_refused_since_SIP_addresses_compare_without_case() =>
        AssertRefused("--users", ExportImportTests.Rewrite("users-utf8.csv", t => t + "\"SIP:Pat.Benatar@Adatum.com\",\"fe19.adatum.com\",\"\",\"True\"\n"),
            "users-utf8.csv: line 9: SIP:Pat.Benatar@Adatum.com is also on line 2 (SIP addresses compare without case)");

    [Fact]
    public void An_empty_file_has_no_header() =>
        AssertRefused("--users", Write("users.csv", []), "users.csv: line 1: the file has no header line");

    [Fact]
    public void Bytes_that_are_not_UTF8_without_a_byte_order_mark_are_refused() =>
        AssertRefused("--users", Write("users.csv", [.. "\"SipAddress\",\"RegistrarPool\",\"ExternalAccessPolicy\",\"Enabled\"\n\"sip:a@adatum.com\",\"fe13.adatum.com\",\""u8, 0xE9, .. "\",\"True\"\n"u8]),
            "users.csv: line 2: the file is not text in UTF-8, or in UTF-16 with a byte order mark (what Export-Csv writes)");

    [Fact]
    public void A_first_line_starting_with_a_hash_that_is_not_the_type_line_is_refused() =>
        AssertRefused("--users", ExportImportTests.Rewrite("users-utf8.csv", t => "# exported on Monday\n" + t), "users-utf8.csv: line 1: the first line starts with '#' but is not Export-Csv's #TYPE line");

    [Fact]
    public void A_policy_identity_of_no_known_scope_is_refused() =>
        AssertRefused("--policies", ExportImportTests.Rewrite("policies.csv", t => t.Replace("\"Site:Berlin\"", "\"Service:Registrar:fe13.adatum.com\"", StringComparison.Ordinal)),
            "policies.csv: line 4: Identity 'Service:Registrar:fe13.adatum.com' is not Global, Site:<site> or Tag:<name>");

    [Fact]
    public void A_partner_type_that_the_cmdlet_does_not_have_is_refused() =>
        AssertRefused("--partners", ExportImportTests.Rewrite("partners.csv", t => t.Replace("\"Federated\"", "\"Friendly\"", StringComparison.Ordinal)),
            "partners.csv: line 2: PartnerType is 'Friendly', not Federated, PublicVerified, PublicUnverified");

    [Fact]
    public void A_partner_export_without_the_dialback_setting_is_refused_rather_than_defaulted() =>
        AssertRefused("--partners", ExportImportTests.Rewrite("partners.csv", t => t.Replace("\"SupportDialbackNegotiation\"", "\"Dialback\"", StringComparison.Ordinal)),
            "partners.csv: line 1: the header has no SupportDialbackNegotiation column");

    private static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(ImportFixtures.NewFolder(), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    // The import fails with exit code 2 and one line, and writes nothing into the output folder.
    private static void AssertRefused(string option, string export, string expected)
    {
        var folder = Path.Combine(ImportFixtures.NewFolder(), "Topology");

        var (exitCode, output, error) = ImportFixtures.Run("import", ImportFixtures.Topology("Adatum.Coexistence.tbxml"), option, export, "-o", folder);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("xmpp-topology import: " + expected, error);
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any(), "something was written");
    }
}
