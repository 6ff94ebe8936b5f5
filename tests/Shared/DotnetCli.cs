using System;
using System.Diagnostics;

namespace XmppTopology.Testing;

/// <summary>Runs the dotnet CLI as a user would, with a time limit (linked into each test project).</summary>
internal static class DotnetCli
{
    public static (int ExitCode, string Output) Run(string folder, params string[] arguments) => Run(new ProcessStartInfo("dotnet"), folder, arguments);

    /// <summary>Runs <paramref name="start"/>'s program (its environment as set) in a folder, with a time limit; returns its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(ProcessStartInfo start, string folder, params string[] arguments)
    {
        start.WorkingDirectory = folder;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        // Waited for before the output is read to its end, so the limit holds for a process that hangs.
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', arguments)} did not finish in 5 minutes");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>Copies a sample into <paramref name="destination"/> as a user's own project that references this repository's sources.</summary>
    public static void CopySample(string sample, string destination)
    {
        System.IO.Directory.CreateDirectory(destination);
        foreach (var file in System.IO.Directory.EnumerateFiles(System.IO.Path.Combine(Repository.Root, "samples", sample)))
        {
            var text = System.IO.File.ReadAllText(file).Replace(@"..\..\src\", System.IO.Path.Combine(Repository.Root, "src") + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);
            System.IO.File.WriteAllText(System.IO.Path.Combine(destination, System.IO.Path.GetFileName(file)), text);
        }
    }
}
