using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
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
