using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace XmppTopology.Cli.Tests.Review;

/// <summary>`check` finds what `dotnet build` finds, prints it in three formats, and keeps standard output clean.</summary>
[Collection(DraftPlanTests.Name)]
public class CheckTests(DraftPlan draft)
{
    [Fact]
    public async Task Check_reports_exactly_the_topology_diagnostics_of_dotnet_build()
    {
        var built = Regex.Matches(draft.BuildOutput, @"^(?<file>[^\s(]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>(XMPP|TOPO)\d{3}): (?<message>.*?) \(http", RegexOptions.Multiline)
            .Select(m => $"{Path.GetFileName(m.Groups["file"].Value)}({m.Groups["line"].Value},{m.Groups["column"].Value}) {m.Groups["severity"].Value} {m.Groups["id"].Value}: {m.Groups["message"].Value}")
            .Distinct()
            .Order()
            .ToList();

        var (exitCode, output, error) = await Cli.RunAsync("check", draft.Project, "--format", "json");

        Assert.True(exitCode == 1, error);
        var @checked = JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("path").GetString()}({f.GetProperty("startLine").GetInt32()},{f.GetProperty("startColumn").GetInt32()}) {f.GetProperty("severity").GetString()} {f.GetProperty("ruleId").GetString()}: {f.GetProperty("message").GetString()}")
            .Order()
            .ToList();
        Assert.Contains(built, b => b.Contains(" XMPP001: ", System.StringComparison.Ordinal));
        Assert.Contains(built, b => b.Contains(" XMPP002: ", System.StringComparison.Ordinal));
        Assert.Equal(built, @checked);
    }

    [Fact]
    public async Task Text_is_grouped_by_file_with_position_severity_rule_and_message_and_quiet_leaves_stderr_empty()
    {
        var (exitCode, output, error) = await Cli.RunAsync("check", draft.Folder, "--quiet");

        Assert.Equal(1, exitCode);
        Assert.Equal("", error);
        var lines = output.Split('\n');
        Assert.Equal("FabrikamTopology.cs", lines[0]);
        Assert.Contains("  15:18  error  XMPP002  Edge pool 'edge15.fabrikam.com' runs the XMPP proxy but is marked for migration to Skype for Business Server 2019 while XMPP federation is in use; keep the legacy Edge", lines);
        Assert.Contains("  29:73  error  XMPP001  User 'sip:jonas.berg@fabrikam.com' federates with XMPP but is planned to move to 'fe19.fabrikam.com', a Skype for Business Server 2019 pool; XMPP users must stay on a legacy pool", lines);
        Assert.Contains("4 error(s), 0 warning(s), 0 info(s) in 1 file(s)", lines);
    }

    [Fact]
    public async Task As_a_process_stdout_holds_only_a_valid_sarif_log_and_progress_goes_to_stderr()
    {
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SarifTests.SchemaFile));

        var (exitCode, output, error) = Cli.RunProcess(draft.Folder, "check", ".", "--format", "sarif");

        Assert.True(exitCode == 1, error);
        Assert.Empty(schema.Validate(output).Select(e => e.ToString()));
        Assert.DoesNotContain("\"fixes\"", output);
        var sarif = JsonDocument.Parse(output).RootElement;
        Assert.Equal("2.1.0", sarif.GetProperty("version").GetString());
        var results = sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).Order().ToList();
        Assert.Equal(["XMPP001", "XMPP002", "XMPP005", "XMPP006"], results);
        Assert.Contains("loaded Fabrikam.DraftPlan.csproj", error);
        Assert.Contains("analysed Fabrikam.DraftPlan: ", error);
    }

    [Fact]
    public async Task The_corrected_plan_checks_clean_with_exit_code_0()
    {
        using var contoso = new SampleCopy("Contoso.Migration", "contoso").Restored();

        var (exitCode, output, error) = await Cli.RunAsync("check", contoso.Project);

        Assert.True(exitCode == 0, error + output);
        Assert.Equal("0 error(s), 0 warning(s), 0 info(s) in 0 file(s)" + System.Environment.NewLine, output);
        Assert.Contains("analysed Contoso.Migration: ", error);
    }

    [Fact]
    public async Task On_a_terminal_progress_counts_each_document_and_in_a_log_it_does_not()
    {
        var terminal = new StringWriter();
        var log = new StringWriter();

        foreach (var (writer, interactive) in new[] { (terminal, true), (log, false) })
        {
            var progress = new Analysis.ProgressLog(writer, quiet: false, interactive);
            using var loaded = await Analysis.ProjectLoader.LoadAsync(draft.Project, progress, default);
            await Analysis.TopologyAnalysis.RunAsync(loaded.Projects, draft.Folder, progress, default);
        }

        var documents = Regex.Match(log.ToString(), @"analysed Fabrikam\.DraftPlan: (\d+) document").Groups[1].Value;
        Assert.Contains("\r  compiling Fabrikam.DraftPlan: 1/" + documents + " document(s)", terminal.ToString());
        Assert.Contains("\r  analysing Fabrikam.DraftPlan: " + documents + "/" + documents + " document(s)", terminal.ToString());
        Assert.DoesNotContain("\r", log.ToString());
        Assert.Equal(log.ToString(), Regex.Replace(terminal.ToString(), @"(\r[^\r\n]*)+\r", "")); // each count line is cleared before the next message
    }

    [Fact]
    public async Task Text_columns_line_up()
    {
        var (_, output, _) = await Cli.RunAsync("check", draft.Project, "--quiet");

        // The draft's findings start at 8:48, 15:18, 18:14 and 29:73: positions of two widths.
        var findings = output.Split('\n').Where(line => line.StartsWith("  ", System.StringComparison.Ordinal)).ToList();
        Assert.Contains(findings, line => line.StartsWith("  8:48   error  XMPP005  Topology 'fabrikam.com'", System.StringComparison.Ordinal));
        Assert.Single(findings.Select(line => (line.IndexOf(" error ", System.StringComparison.Ordinal), line.IndexOf(" XMPP", System.StringComparison.Ordinal), Regex.Match(line, @"XMPP\d{3} +").Length)).Distinct());
    }
}
