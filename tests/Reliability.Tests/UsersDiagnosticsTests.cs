using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Tests.Infrastructure;
using XmppTopology.Bench;
using XmppTopology.Rules;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// The differentials' mapping (<see cref="UsersDiagnostics"/>): a diagnostic about the users of a
/// call stands for exactly Validate()'s findings of that call's users, and for nothing when its
/// count or names are not those of a call.
/// </summary>
public class UsersDiagnosticsTests
{
    // Two teams planned to move to the same 2019 pool, one after the other: their findings differ
    // only in the users, so only the run that starts at a team's first user and counts its users is its.
    private const string Source = """
        using XmppTopology;

        public static class Contoso
        {
            static readonly string[] Sales = ["sip:ann@contoso.com", "sip:bob@contoso.com", "sip:cid@contoso.com", "sip:dee@contoso.com"];

            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
                .Users(users =>
                {
                    users.Users(Sales).HomedOn("fe15.contoso.com").MoveTo("fe19.contoso.com").Xmpp();
                    users.Users(["sip:sam@contoso.com", "sip:sue@contoso.com"]).HomedOn("fe15.contoso.com").MoveTo("fe19.contoso.com").Xmpp();
                    users.User("sip:tim@contoso.com").HomedOn("fe15.contoso.com").MoveTo("fe19.contoso.com").Xmpp();
                }));
        }
        """;

    [Fact]
    public async Task Each_diagnostic_about_users_stands_for_the_findings_of_its_calls_users()
    {
        var (diagnostics, runtime) = await VerdictsAsync();

        Assert.Equal(["4", "2", null], diagnostics.Select(d => d.Properties.GetValueOrDefault("Users")));
        Assert.Equal(
            [
                .. Team("ann", "bob", "cid", "dee"),
                .. Team("sam", "sue"),
                "XMPP001 sip:tim@contoso.com: User 'sip:tim@contoso.com' federates with XMPP but is planned to move to 'fe19.contoso.com', a Skype for Business Server 2019 pool; XMPP users must stay on a legacy pool",
            ],
            UsersDiagnostics.Lines(diagnostics, [runtime]));
        Assert.Equal(RuntimeVerdict.Lines(runtime), RuntimeVerdict.AnalyzerFindings(diagnostics, runtime));
    }

    [Theory]
    [InlineData(0, 3, 0)] // one user short
    [InlineData(0, 6, 0)] // the team and the next one
    [InlineData(1, 2, 0)] // the second team's count, named from the first team's users
    public async Task A_diagnostic_whose_count_or_users_are_not_a_calls_leaves_a_difference(int call, int count, int firstUser)
    {
        var (diagnostics, runtime) = await VerdictsAsync();
        var real = diagnostics[call];
        var users = runtime.Skip(firstUser).Take(count).ToList();
        var properties = real.Properties.SetItem("Users", count.ToString(CultureInfo.InvariantCulture)).SetItem("Element", users[0].Element);
        var made = Diagnostic.Create(real.Descriptor, real.Location, properties, RuleDescriptor.UsersArguments(users[0], count, users.Select(f => f.Element)));
        List<Diagnostic> analyzer = [.. diagnostics.Select(d => d == real ? made : d)];

        Assert.NotEqual(RuntimeVerdict.Lines(runtime), RuntimeVerdict.AnalyzerFindings(analyzer, runtime));
    }

    [Fact]
    public async Task Teams_of_fifty_written_as_the_samples_teach_get_one_diagnostic_a_mistake_that_stands_for_its_users()
    {
        // The benchmark's grouped shape at a tenth (issue 19: 50 users a call, SIP arrays as
        // fields), with more mistakes: each team moved to 2019 with XMPP.
        var topology = new GroupedUsersTopology(Pools: 100, Users: 10_000, Files: 20, ViolationShare: 0.05);
        var compilation = TopologyCompilation.Create(topology.Sources());

        var diagnostics = await TopologyCompilation.AnalyzeAsync(compilation);
        var (errors, findings) = RuntimeVerdict.Run(compilation, "Contoso");

        Assert.Empty(errors);
        var teams = diagnostics.Where(d => d.Id == RuleIds.Xmpp001).ToList();
        Assert.InRange(teams.Count, 2, 30);
        Assert.All(teams, team => Assert.Equal("50", team.Properties["Users"]));
        Assert.All(teams, team => Assert.StartsWith("MoveTo(", team.Location.SourceTree!.GetText().ToString(team.Location.SourceSpan), System.StringComparison.Ordinal));
        Assert.Equal(50 * teams.Count, findings[0]!.Count(f => f.RuleId == RuleIds.Xmpp001));
        Assert.Equal(RuntimeVerdict.Lines(findings[0]!), RuntimeVerdict.AnalyzerFindings(diagnostics, findings[0]!));
    }

    // The runtime's lines of a team's users, planned to move to the 2019 pool.
    private static IEnumerable<string> Team(params string[] names) =>
        names.Select(name => $"XMPP001 sip:{name}@contoso.com: User 'sip:{name}@contoso.com' federates with XMPP but is planned to move to 'fe19.contoso.com', a Skype for Business Server 2019 pool; XMPP users must stay on a legacy pool");

    private static async Task<(List<Diagnostic> Diagnostics, IReadOnlyList<Finding> Runtime)> VerdictsAsync()
    {
        var compilation = TopologyCompilation.Create([("Contoso.cs", Source)]);
        var diagnostics = (await TopologyCompilation.AnalyzeAsync(compilation)).OrderBy(d => d.Location.SourceSpan.Start).ToList();
        var (errors, findings) = RuntimeVerdict.Run(compilation, "Contoso");
        Assert.Empty(errors);
        return (diagnostics, findings[0]!);
    }
}
