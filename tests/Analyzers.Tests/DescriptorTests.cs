using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Tests.Infrastructure;
using XmppTopology.Rules;
using XmppTopology.Testing;

namespace XmppTopology.Analyzers.Tests;

/// <summary>One rule, one descriptor, one page: the analyzer's descriptors agree with the catalogue and the docs.</summary>
public class DescriptorTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = [.. new TopologyAnalyzer().SupportedDiagnostics];

    [Fact]
    public void Every_catalogue_rule_has_one_descriptor_with_its_title_message_and_severity()
    {
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), Descriptors.Select(d => d.Id));
        foreach (var (rule, descriptor) in RuleCatalog.All.Zip(Descriptors))
        {
            Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(rule.Severity.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }

    [Fact]
    public async Task A_diagnostic_about_the_users_of_one_call_has_its_rules_descriptor_but_for_the_catalogues_message_about_users()
    {
        // A team of each rule with a message about users: on a branch appliance (XMPP007), moving
        // to a 2019 pool (XMPP001), left on a pool marked for removal (TOPO003).
        var diagnostics = await TopologyCompilation.AnalyzeAsync(TopologyCompilation.Create([("Contoso.cs", Verify.Usings + """
            static class Contoso
            {
                public static Topology Build() => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", site => site
                        .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                        .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, pool => pool.MarkForRemoval())
                        .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)
                        .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
                        .BranchSite("Kista", branch => branch.SurvivableBranchAppliance("sba.kista.contoso.com", ProductVersion.SkypeForBusiness2015)))
                    .Users(users =>
                    {
                        users.Users(["sip:a@contoso.com", "sip:b@contoso.com"]).HomedOn("sba.kista.contoso.com").Xmpp();
                        users.Users(["sip:c@contoso.com", "sip:d@contoso.com"]).HomedOn("fe15.contoso.com").MoveTo("fe19.contoso.com").Xmpp();
                        users.Users(["sip:e@contoso.com", "sip:f@contoso.com"]).HomedOn("fe13.contoso.com");
                    }));
            }
            """)]));

        var aboutUsers = RuleCatalog.All.Where(rule => rule.UsersMessageFormat is not null).ToList();
        Assert.Equal(aboutUsers.Select(rule => rule.Id).Order(), diagnostics.Select(d => d.Id).Order());
        foreach (var diagnostic in diagnostics)
        {
            var rule = aboutUsers.Single(r => r.Id == diagnostic.Id);
            var supported = Descriptors.Single(d => d.Id == diagnostic.Id);
            Assert.Equal(rule.UsersMessageFormat, diagnostic.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(
                (supported.Title.ToString(CultureInfo.InvariantCulture), supported.Category, supported.DefaultSeverity, supported.IsEnabledByDefault, supported.HelpLinkUri),
                (diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture), diagnostic.Descriptor.Category, diagnostic.Descriptor.DefaultSeverity, diagnostic.Descriptor.IsEnabledByDefault, diagnostic.Descriptor.HelpLinkUri));
            Assert.Equal("2", diagnostic.Properties["Users"]);
        }
    }

    [Fact]
    public void Every_help_link_points_at_an_existing_rule_page()
    {
        foreach (var descriptor in Descriptors)
        {
            Assert.EndsWith($"/docs/rules/{descriptor.Id}.md", descriptor.HelpLinkUri);
            var page = Path.Combine(Repository.Root, "docs", "rules", descriptor.Id + ".md");
            Assert.True(File.Exists(page), $"{descriptor.Id} has no page at {page}");
            Assert.StartsWith($"# {descriptor.Id}", File.ReadAllText(page));
        }
    }

    [Fact]
    public void Every_rule_is_listed_in_the_release_tracking_file()
    {
        var unshipped = File.ReadAllText(Path.Combine(Repository.Root, "src", "Analyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in Descriptors)
        {
            Assert.Contains($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", unshipped);
        }
    }
}
