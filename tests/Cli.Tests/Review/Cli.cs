using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using XmppTopology.Testing;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>Runs xmpp-topology in-process (fast, same code) or as a process (what a user or CI runs), keeping standard output and error apart.</summary>
internal static class Cli
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await XmppTopologyCommand.RunAsync(arguments, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The built tool (src/Cli's output in this test run's configuration) run with dotnet.</summary>
    public static (int ExitCode, string Output, string Error) RunProcess(string folder, params string[] arguments)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
        var tool = Path.Combine(Repository.Root, "src", "Cli", "bin", configuration, "net10.0", "xmpp-topology.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(tool);
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
            throw new TimeoutException($"xmpp-topology {string.Join(' ', arguments)} did not finish in 5 minutes");
        }

        return (process.ExitCode, output, error.Result);
    }

    /// <summary>Runs git in a folder; the test fails if git does.</summary>
    public static string Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
        return output;
    }
}
