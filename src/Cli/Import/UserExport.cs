using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace XmppTopology.Cli.Import;

/// <summary>
/// Reads <c>Get-CsUser | Select-Object SipAddress,RegistrarPool,ExternalAccessPolicy,Enabled | Export-Csv</c>,
/// the one reader of these exports: the import takes the users homed on premises, the diff every row.
/// Each row is checked the same way for both: a SIP address of the form the DSL takes, once (SIP
/// addresses compare without case), a RegistrarPool that is a pool FQDN or empty, an Enabled that is
/// True or False.
/// </summary>
internal static class UserExport
{
    private static readonly string[][] Homes = [["SipAddress"], ["RegistrarPool"]];
    private static readonly string[][] Settings = [["ExternalAccessPolicy"], ["Enabled"]];

    /// <summary>The import: every column required, the users homed on premises kept.</summary>
    public static ImportedUsers Read(Stream stream, string source)
    {
        var rows = Rows(stream, settingsRequired: true);
        var users = rows
            .Where(u => u.IsHomedOnPremises)
            .Select(u => new ImportedUser(u.SipAddress, u.RegistrarPool!, UserScopeName(u.ExternalAccessPolicy), u.Line))
            .ToList();
        return new ImportedUsers(source, users, NotEnabled: rows.Count(u => u.Enabled == false), NotHomed: rows.Count(u => u.Enabled != false && u.RegistrarPool is null));
    }

    /// <summary>The diff: SipAddress and RegistrarPool required, ExternalAccessPolicy and Enabled read when exported.</summary>
    public static IReadOnlyList<ExportedUser> ReadRows(Stream stream) => Rows(stream, settingsRequired: false);

    private static List<ExportedUser> Rows(Stream stream, bool settingsRequired)
    {
        var rows = new List<ExportedUser>();
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        ExportCsv.Read(stream, settingsRequired ? [.. Homes, .. Settings] : Homes, settingsRequired ? [] : Settings, (values, optional, line) =>
        {
            var (sip, pool) = (values[0].Trim(), values[1].Trim());
            var (policy, enabled) = settingsRequired ? (values[2], values[3]) : (optional[0], optional[1]);
            if (!DslValues.IsSipAddress(sip))
            {
                throw new CsvFileException($"SipAddress '{sip}' is not a SIP address of the form sip:user@domain", line);
            }

            // One account per SIP address, compared without case: Get-CsUser never lists one twice,
            // so two rows are an edited or merged export, and which one the deployment holds is not
            // known. Refused here (import and diff read users alike), not written as code that
            // fails the build with TOPO006.
            if (!lines.TryAdd(sip, line))
            {
                throw new CsvFileException($"{sip} is also on line {lines[sip]} (SIP addresses compare without case)", line);
            }

            if (pool.Length > 0 && !DslValues.IsFqdn(pool))
            {
                throw new CsvFileException($"RegistrarPool '{pool}' of {sip} is not a pool FQDN", line);
            }

            rows.Add(new ExportedUser(sip, pool.Length == 0 ? null : pool, policy?.Trim() is { Length: > 0 } name ? name : null, Enabled(enabled, line), line));
        });
        return rows;
    }

    // A column not exported says nothing; an exported one holds a Boolean as PowerShell writes it.
    private static bool? Enabled(string? value, int line) =>
        value is null ? null
        : ExportCsv.Boolean(value.Trim()) ?? throw new CsvFileException($"Enabled is '{value}', not True or False", line);

    // Get-CsUser shows a per-user policy by its name; its Identity would be "Tag:<name>".
    private static string? UserScopeName(string? policy) =>
        policy is null ? null
        : policy.StartsWith("Tag:", StringComparison.OrdinalIgnoreCase) ? policy[4..]
        : policy;
}
