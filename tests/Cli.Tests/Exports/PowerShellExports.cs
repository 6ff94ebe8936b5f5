using System;
using System.IO;
using XmppTopology.Testing;

namespace XmppTopology.Cli.Tests.Exports;

/// <summary>
/// The cmdlet exports of Exports.ps1, written once per test run by PowerShell 7's own Export-Csv
/// from the repository's tool manifest (.config/dotnet-tools.json). A clean clone has only the
/// .NET SDK: the tool is restored here first, as <c>dotnet tool restore</c> does in CI.
/// </summary>
internal static class PowerShellExports
{
    private static readonly Lazy<bool> Restored = new(() =>
    {
        var (exitCode, output) = DotnetCli.Run(Repository.Root, "tool", "restore");
        return exitCode == 0 ? true : throw new InvalidOperationException("dotnet tool restore failed: " + output);
    });

    private static readonly Lazy<string> Written = new(() =>
    {
        var folder = NewFolder();
        Run("-Folder", folder, "-Topology", Path.Combine(AppContext.BaseDirectory, "Fixtures", "Contoso.tbxml"));
        return folder;
    });

    /// <summary>The folder that holds users-*.csv, contoso-*.csv, policies.csv, partners.csv and resaved.tbxml.</summary>
    public static string Folder => Written.Value;

    public static string File(string name) => Path.Combine(Folder, name);

    /// <summary>Writes an export of <paramref name="users"/> users (SipAddress, RegistrarPool, ExternalAccessPolicy, Enabled) and returns its path.</summary>
    public static string ManyUsers(int users)
    {
        var folder = NewFolder();
        Run("-Folder", folder, "-ManyUsers", users.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Path.Combine(folder, "users-many.csv");
    }

    private static void Run(params string[] arguments)
    {
        _ = Restored.Value;
        var script = Path.Combine(AppContext.BaseDirectory, "Exports", "Exports.ps1");
        var (exitCode, output) = DotnetCli.Run(Repository.Root, ["tool", "run", "pwsh", "-NoProfile", "-NonInteractive", "-File", script, .. arguments]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException("Exports.ps1 failed: " + output);
        }
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "xmpptopology-exports-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
