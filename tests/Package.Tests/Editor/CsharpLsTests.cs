using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using XmppTopology.Testing;

namespace XmppTopology.Package.Tests.Editor;

/// <summary>
/// A real editor's language server: csharp-ls 0.28.0 (the Roslyn server behind Neovim, Emacs and
/// Helix), from the repository's tool manifest, spoken to over stdio as an editor does. It opens
/// the draft plan with `csharp.analyzersEnabled` on and must show our diagnostics exactly where
/// `dotnet build` puts them; an edit in a users file (didChange, never saved) makes XMPP001
/// appear and disappear there.
/// </summary>
[Collection(PackageFeedTests.Name)]
public sealed class CsharpLsTests : IDisposable
{
    private static readonly TimeSpan LoadLimit = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan EditLimit = TimeSpan.FromMinutes(1);

    // A users file as a team writes them: it only lists users on the builder handed to it.
    private const string Wave2 = """
        using XmppTopology;

        namespace Fabrikam.DraftPlan;

        internal static class Wave2
        {
            public static void Plan(UserPlan users)
            {
                users.User("sip:lena.dahl@fabrikam.com").HomedOn(Pools.Fe2015).Xmpp();
            }
        }

        """;

    private const string Move = ".MoveTo(Pools.Fe2019)";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "xmpptopology-csharp-ls-" + Guid.NewGuid().ToString("N"));

    [SkippableFact]
    public async Task Csharp_ls_shows_our_diagnostics_at_the_builds_spans_and_follows_an_edit_in_a_users_file()
    {
        var restore = DotnetCli.Run(Repository.Root, "tool", "restore");
        Skip.If(restore.ExitCode != 0, "csharp-ls 0.28.0 could not be installed as a local tool (dotnet tool restore failed), so no editor was tested:\n" + restore.Output);

        var watch = Stopwatch.StartNew();
        DotnetCli.CopySample("Fabrikam.DraftPlan", folder);
        var topologyFile = Path.Combine(folder, "FabrikamTopology.cs");
        File.WriteAllText(topologyFile, File.ReadAllText(topologyFile).Replace(".Users(Plan));", ".Users(Plan).Users(Wave2.Plan));", StringComparison.Ordinal));
        var usersFile = Path.Combine(folder, "Wave2.cs");
        File.WriteAllText(usersFile, Wave2);

        // What the build reports, with full spans: its SARIF log.
        var (exitCode, output) = DotnetCli.Run(folder, "build", "-p:ErrorLog=build.sarif%2Cversion=2.1");
        Assert.True(exitCode != 0, "the draft plan must fail to build: " + output);
        var built = BuildDiagnostics(Path.Combine(folder, "build.sarif"));
        Assert.Contains(built, d => d.StartsWith("XMPP001 FabrikamTopology.cs 28:72-", StringComparison.Ordinal));
        Assert.Contains(built, d => d.StartsWith("XMPP002 FabrikamTopology.cs 14:17-", StringComparison.Ordinal));
        Assert.DoesNotContain(built, d => d.Contains(" Wave2.cs ", StringComparison.Ordinal));

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.Root };
        foreach (var argument in new[] { "tool", "run", "csharp-ls" })
        {
            start.ArgumentList.Add(argument);
        }

        using var server = new LanguageServer(start, new JsonObject { ["csharp"] = new JsonObject { ["analyzersEnabled"] = true } });
        await server.RequestAsync("initialize", Initialize(folder), LoadLimit);
        server.Notify("initialized", []);
        var topologyUri = Open(server, topologyFile);
        var usersUri = Open(server, usersFile);

        // The solution loads in the background: ask until our diagnostics are there.
        var expected = built.Select(b => b.Replace(" FabrikamTopology.cs ", " ", StringComparison.Ordinal)).Order().ToList();
        var shown = await WaitForAsync(server, topologyUri, LoadLimit, d => d.Count >= expected.Count);
        Assert.Equal(expected, shown.Order());
        var loaded = watch.Elapsed;

        // Plan Lena's move with the others, unsaved: XMPP001 at the move, as the build reports Jonas's.
        var moved = Wave2.Replace(".HomedOn(Pools.Fe2015)", ".HomedOn(Pools.Fe2015)" + Move, StringComparison.Ordinal);
        Change(server, usersUri, moved, version: 2);
        var line = moved.Split('\n').ToList().FindIndex(l => l.Contains(Move, StringComparison.Ordinal));
        var column = moved.Split('\n')[line].IndexOf(Move, StringComparison.Ordinal) + 1;
        var jonas = built.Single(b => b.StartsWith("XMPP001 FabrikamTopology.cs ", StringComparison.Ordinal));
        Assert.Equal(Move.Length - 1, SpanLength(jonas)); // the build's XMPP001 covers the call MoveTo(...)
        var appeared = await WaitForAsync(server, usersUri, EditLimit, d => d.Any(x => x.StartsWith("XMPP001 ", StringComparison.Ordinal)));
        Assert.Equal([$"XMPP001 {line}:{column}-{line}:{column + Move.Length - 1}"], appeared);

        // And back: it disappears.
        Change(server, usersUri, Wave2, version: 3);
        var gone = await WaitForAsync(server, usersUri, EditLimit, d => d.Count == 0);
        Assert.Empty(gone);

        // csharp-ls offers no code fix of an analyzer package (docs/editors.md says so).
        var actions = await server.RequestAsync("textDocument/codeAction", CodeActionAt(topologyUri, jonas), EditLimit);
        Assert.DoesNotContain(actions?.AsArray() ?? [], a => (a?["title"]?.GetValue<string>() ?? "").Contains("legacy pool", StringComparison.Ordinal));

        // The figures for docs/editors.md, in the test log.
        Console.WriteLine($"csharp-ls: diagnostics at the build's spans {loaded.TotalSeconds:F0} s after the copy; the edit round trip took {(watch.Elapsed - loaded).TotalSeconds:F0} s");
    }

    private static JsonObject Initialize(string root) => new()
    {
        ["processId"] = Environment.ProcessId,
        ["rootUri"] = new Uri(root).AbsoluteUri,
        ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = new Uri(root).AbsoluteUri, ["name"] = "draft" }),
        ["capabilities"] = new JsonObject
        {
            ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
            ["textDocument"] = new JsonObject
            {
                ["synchronization"] = new JsonObject { ["didSave"] = false },
                ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false },
                ["publishDiagnostics"] = new JsonObject(),
                ["codeAction"] = new JsonObject(),
            },
        },
    };

    private static string Open(LanguageServer server, string file)
    {
        var uri = new Uri(file).AbsoluteUri;
        server.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = File.ReadAllText(file) },
        });
        return uri;
    }

    private static void Change(LanguageServer server, string uri, string text, int version) =>
        server.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });

    /// <summary>Pulls the document's diagnostics (textDocument/diagnostic) until ours satisfy <paramref name="done"/>; each as "ID line:column-line:column", zero-based as LSP counts.</summary>
    private static async Task<List<string>> WaitForAsync(LanguageServer server, string uri, TimeSpan limit, Func<List<string>, bool> done)
    {
        var watch = Stopwatch.StartNew();
        var ours = new List<string>();
        while (watch.Elapsed < limit)
        {
            var report = await server.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } }, limit);
            ours = (report?["items"]?.AsArray() ?? [])
                .Select(d => (Id: d?["code"]?.ToString() ?? "", Range: d?["range"]))
                .Where(d => d.Id.StartsWith("XMPP", StringComparison.Ordinal) || d.Id.StartsWith("TOPO", StringComparison.Ordinal))
                .Select(d => $"{d.Id} {Position(d.Range!["start"]!)}-{Position(d.Range!["end"]!)}")
                .ToList();
            if (done(ours))
            {
                return ours;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        throw new TimeoutException($"{uri}: after {limit.TotalSeconds} s the server shows [{string.Join(", ", ours)}]; its log:\n{server.RecentLog}");
    }

    private static string Position(JsonNode position) => $"{position["line"]}:{position["character"]}";

    // The build's SARIF regions are one-based: made zero-based to compare with LSP.
    private static List<string> BuildDiagnostics(string sarif)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (Id: r.GetProperty("ruleId").GetString()!, Location: r.GetProperty("locations")[0].GetProperty("physicalLocation")))
            .Where(r => r.Id.StartsWith("XMPP", StringComparison.Ordinal) || r.Id.StartsWith("TOPO", StringComparison.Ordinal))
            .Select(r =>
            {
                var region = r.Location.GetProperty("region");
                var file = Path.GetFileName(new Uri(r.Location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath);
                int At(string name) => region.GetProperty(name).GetInt32() - 1;
                return $"{r.Id} {file} {At("startLine")}:{At("startColumn")}-{At("endLine")}:{At("endColumn")}";
            })
            .Distinct()
            .ToList();
    }

    private static int SpanLength(string diagnostic)
    {
        var span = diagnostic.Split(' ')[^1].Split('-');
        return int.Parse(span[1].Split(':')[1], System.Globalization.CultureInfo.InvariantCulture) - int.Parse(span[0].Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static JsonObject CodeActionAt(string uri, string diagnostic)
    {
        var span = diagnostic.Split(' ')[^1].Split('-');
        JsonObject At(string position) => new() { ["line"] = int.Parse(position.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture), ["character"] = int.Parse(position.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture) };
        var range = new JsonObject { ["start"] = At(span[0]), ["end"] = At(span[1]) };
        return new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = range,
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(new JsonObject { ["range"] = range.DeepClone(), ["code"] = "XMPP001", ["source"] = "csharp", ["message"] = "XMPP001" }) },
        };
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
