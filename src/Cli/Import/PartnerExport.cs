using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace XmppTopology.Cli.Import;

/// <summary>
/// Reads <c>Get-CsXmppAllowedPartner | Export-Csv</c>: the partner's domain (Identity, or Domain),
/// PartnerType, TlsNegotiation, SaslNegotiation and SupportDialbackNegotiation, each required: the
/// XMPP rules read them, and a missing column is not the cmdlet's default.
/// </summary>
internal static class PartnerExport
{
    private static readonly string[] PartnerTypes = ["Federated", "PublicVerified", "PublicUnverified"];
    private static readonly string[] Negotiations = ["Required", "Optional", "NotSupported"];

    public static IReadOnlyList<ImportedPartner> Read(Stream stream)
    {
        var partners = new List<ImportedPartner>();
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        ExportCsv.Read(stream, [["Identity", "Domain"], ["PartnerType"], ["TlsNegotiation"], ["SaslNegotiation"], ["SupportDialbackNegotiation"]], (values, line) =>
        {
            var domain = values[0].Trim();
            if (!DslValues.IsFqdn(domain))
            {
                throw new CsvFileException($"the partner domain '{domain}' is not a domain name", line);
            }

            if (!lines.TryAdd(domain, line))
            {
                throw new CsvFileException($"the partner {domain} is also on line {lines[domain]}", line);
            }

            partners.Add(new ImportedPartner(
                domain,
                OneOf(values[1], PartnerTypes, "PartnerType", line),
                OneOf(values[2], Negotiations, "TlsNegotiation", line),
                OneOf(values[3], Negotiations, "SaslNegotiation", line),
                ExportCsv.Boolean(values[4].Trim()) ?? throw new CsvFileException($"SupportDialbackNegotiation is '{values[4]}', not True or False", line)));
        });
        return partners;
    }

    private static string OneOf(string value, string[] names, string column, int line) =>
        names.FirstOrDefault(n => n.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new CsvFileException($"{column} is '{value}', not {string.Join(", ", names)}", line);
}
