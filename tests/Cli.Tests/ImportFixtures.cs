using System;
using System.IO;
using System.Text;

namespace XmppTopology.Cli.Tests;

/// <summary>The Contoso fixture, hand-made variations of it, and the import command run in-process.</summary>
internal static class ImportFixtures
{
    public static string Contoso { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Contoso.tbxml"));

    /// <summary>Writes a topology file into a fresh temporary folder and returns its path.</summary>
    public static string WriteFile(string text, string name = "Topology.tbxml")
    {
        var folder = Path.Combine(Path.GetTempPath(), "xmpptopology-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    /// <summary>Runs <c>xmpp-topology</c> with these arguments in-process.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = XmppTopologyCommand.Create(output, error).Parse(arguments).Invoke();
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Imports a topology file's text and returns the generated code (the import must succeed).</summary>
    public static string Import(string text, string name = "Topology.tbxml")
    {
        var (exitCode, output, error) = Run("import", WriteFile(text, name));
        Assert.True(exitCode == 0, error);
        return output;
    }
}
