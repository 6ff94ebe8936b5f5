using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using XmppTopology.Testing;

namespace XmppTopology.Cli.Tests.Runbook;

/// <summary>
/// Real PowerShell: the PowerShell 7.6.9 tool of the repository's tool manifest
/// (.config/dotnet-tools.json), restored once per test run with the .NET SDK alone.
/// </summary>
internal static class Pwsh
{
    private static readonly Lazy<bool> Restored = new(() =>
    {
        var (exitCode, output) = Run("dotnet", "tool", "restore");
        Assert.True(exitCode == 0, "dotnet tool restore: " + output);
        return true;
    });

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Runbook", name);

    /// <summary>Runs a script file with arguments; returns its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) File(string script, params string[] arguments)
    {
        _ = Restored.Value;
        return Run("dotnet", ["tool", "run", "pwsh", "--", "-NoProfile", "-NonInteractive", "-File", script, .. arguments]);
    }

    /// <summary>Runs a generated script under the cmdlet stubs from a deployment state; returns the record and what it printed.</summary>
    public static (JsonElement Record, string Output) WithStubs(string script, object state, bool noStubs = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "xmpptopology-pwsh-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var statePath = Path.Combine(folder, "state.json");
            var recordPath = Path.Combine(folder, "record.json");
            System.IO.File.WriteAllText(statePath, JsonSerializer.Serialize(state));
            var (exitCode, output) = File(Fixture("RunWithStubs.ps1"), ["-Script", script, "-State", statePath, "-Record", recordPath, .. noStubs ? new[] { "-NoStubs" } : []]);
            Assert.True(exitCode == 0, output);
            return (JsonDocument.Parse(System.IO.File.ReadAllText(recordPath)).RootElement.Clone(), output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in 5 minutes");
        }

        return (process.ExitCode, output + error.Result);
    }
}
