using System.Collections.Generic;

namespace XmppTopology.Cli.Diff;

/// <summary>
/// Reads the users of a Get-CsUser export. The diff depends on this alone, so the importer's
/// CSV reader can take the place of <see cref="GetCsUserCsvReader"/> without the diff changing.
/// </summary>
internal interface IUsersExportReader
{
    /// <exception cref="CliException">The file cannot be read or lacks a needed column; the message names the row.</exception>
    IReadOnlyList<DeployedUser> Read(string path);
}
