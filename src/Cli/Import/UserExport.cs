using System;
using System.Collections.Generic;
using System.IO;

namespace XmppTopology.Cli.Import;

/// <summary>Reads <c>Get-CsUser | Select-Object SipAddress,RegistrarPool,ExternalAccessPolicy,Enabled | Export-Csv</c>.</summary>
internal static class UserExport
{
    public static ImportedUsers Read(Stream stream, string source)
    {
        var users = new List<ImportedUser>();
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int notEnabled = 0, notHomed = 0;
        ExportCsv.Read(stream, [["SipAddress"], ["RegistrarPool"], ["ExternalAccessPolicy"], ["Enabled"]], (values, line) =>
        {
            var (sip, pool, policy) = (values[0].Trim(), values[1].Trim(), values[2].Trim());
            var enabled = ExportCsv.Boolean(values[3].Trim()) ?? throw new CsvFileException($"Enabled is '{values[3]}', not True or False", line);
            if (!DslValues.IsSipAddress(sip))
            {
                throw new CsvFileException($"SipAddress '{sip}' is not a SIP address of the form sip:user@domain", line);
            }

            // One account per SIP address, compared without case: Get-CsUser never lists one twice,
            // so two rows are an edited or merged export, and which one the deployment holds is not
            // known. Refused here, not written as code that fails the build with TOPO006.
            if (!lines.TryAdd(sip, line))
            {
                throw new CsvFileException($"{sip} is also on line {lines[sip]}: one account per SIP address, compared without case (TOPO006)", line);
            }

            if (!enabled)
            {
                notEnabled++;
            }
            else if (pool.Length == 0)
            {
                notHomed++;
            }
            else if (!DslValues.IsFqdn(pool))
            {
                throw new CsvFileException($"RegistrarPool '{pool}' of {sip} is not a pool FQDN", line);
            }
            else
            {
                users.Add(new ImportedUser(sip, pool, UserScopeName(policy), line));
            }
        });
        return new ImportedUsers(source, users, notEnabled, notHomed);
    }

    // Get-CsUser shows a per-user policy by its name; its Identity would be "Tag:<name>".
    private static string? UserScopeName(string policy) =>
        policy.Length == 0 ? null
        : policy.StartsWith("Tag:", StringComparison.OrdinalIgnoreCase) ? policy[4..]
        : policy;
}
