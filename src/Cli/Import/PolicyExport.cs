using System;
using System.Collections.Generic;
using System.IO;

namespace XmppTopology.Cli.Import;

/// <summary>Reads <c>Get-CsExternalAccessPolicy | Export-Csv</c>: Identity and EnableXmppAccess.</summary>
internal static class PolicyExport
{
    public static IReadOnlyList<ImportedPolicy> Read(Stream stream)
    {
        var policies = new List<ImportedPolicy>();
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        ExportCsv.Read(stream, [["Identity"], ["EnableXmppAccess"]], (values, line) =>
        {
            var identity = values[0].Trim();
            var xmpp = ExportCsv.Boolean(values[1].Trim()) ?? throw new CsvFileException($"EnableXmppAccess is '{values[1]}', not True or False", line);
            if (!lines.TryAdd(identity, line))
            {
                throw new CsvFileException($"the policy '{identity}' is also on line {lines[identity]}", line);
            }

            policies.Add(identity.Equals("Global", StringComparison.OrdinalIgnoreCase) ? new ImportedPolicy(PolicyKind.Global, null, xmpp)
                : Scoped(identity, "Site:") is { } site ? new ImportedPolicy(PolicyKind.Site, site, xmpp)
                : Scoped(identity, "Tag:") is { } tag ? new ImportedPolicy(PolicyKind.User, tag, xmpp)
                : identity.Length > 0 && !identity.Contains(':', StringComparison.Ordinal) ? new ImportedPolicy(PolicyKind.User, identity, xmpp)
                : throw new CsvFileException($"Identity '{identity}' is not Global, Site:<site> or Tag:<name>", line));
        });
        return policies;
    }

    private static string? Scoped(string identity, string prefix) =>
        identity.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && identity.Length > prefix.Length ? identity[prefix.Length..] : null;
}
