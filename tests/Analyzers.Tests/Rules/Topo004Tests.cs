using System.Threading.Tasks;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests.Rules;

/// <summary>TOPO004: federation enabled on more than one Edge pool; reported at each Federation() call.</summary>
public class Topo004Tests
{
    [Fact]
    public Task Federation_on_two_edges_is_reported_at_both_Federation_calls() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.{|#0:Federation()|})
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.{|#1:Federation(true)|})));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo004).WithLocation(0).WithArguments("edge15.contoso.com", "'edge19.contoso.com'"),
        Verify.Diagnostic(RuleIds.Topo004).WithLocation(1).WithArguments("edge19.contoso.com", "'edge15.contoso.com'"));

    [Fact]
    public Task Federation_on_one_edge_is_clean() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.Federation())
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .FederationRoute("edge15.contoso.com")));
        }
        """);

    [Fact]
    public Task Federation_turned_off_again_is_clean() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.Federation())
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.Federation().Federation(enabled: false))));
        }
        """);

    [Fact]
    public Task Three_federating_edges_across_sites_are_each_reported() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.{|#0:Federation()|})
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.{|#1:Federation()|}))
                .CentralSite("Dublin", site => site
                    .EdgePool("edge13.dublin.contoso.com", ProductVersion.LyncServer2013, edge => edge.{|#2:Federation()|})));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo004).WithLocation(0).WithArguments("edge15.contoso.com", "'edge19.contoso.com', 'edge13.dublin.contoso.com'"),
        Verify.Diagnostic(RuleIds.Topo004).WithLocation(1).WithArguments("edge19.contoso.com", "'edge15.contoso.com', 'edge13.dublin.contoso.com'"),
        Verify.Diagnostic(RuleIds.Topo004).WithLocation(2).WithArguments("edge13.dublin.contoso.com", "'edge15.contoso.com', 'edge19.contoso.com'"));

    [Fact]
    public Task The_report_is_at_the_last_Federation_call_of_an_edge() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.Federation(false).{|TOPO004:Federation()|})
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.{|TOPO004:Federation()|})));
        }
        """);

    [Fact]
    public Task Constants_for_the_flag_are_followed() => Verify.Analyzer(
        """
        static class Contoso
        {
            const bool Federate = true;
            const string Domain = "contoso.com";
            static readonly PoolRef Edge2019 = new($"edge19.{Domain}");

            public static Topology Build() => Topology.Define(Domain, t => t
                .CentralSite("Redmond", site => site
                    .EdgePool("edge15." + Domain, ProductVersion.SkypeForBusiness2015, edge => edge.{|TOPO004:Federation(Federate)|})
                    .EdgePool(Edge2019, ProductVersion.SkypeForBusiness2019, edge => edge.{|TOPO004:Federation(enabled: Federate)|})));
        }
        """);

    [Fact]
    public Task A_flag_not_known_at_compile_time_is_TOPO005_and_TOPO004_is_not_guessed() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build(bool federate) => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.Federation())
                    .EdgePool("edge19.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.Federation({|TOPO005:federate|}))));
        }
        """);

    [Fact]
    public Task Edges_configured_by_helpers_in_another_file_are_reported_there() => Verify.Analyzer(
        [
            """
            static partial class Contoso
            {
                static readonly PoolRef Edge2019 = "edge19.contoso.com";

                public static Topology Build() => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", site => site
                        .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, LegacyEdge)
                        .EdgePool(Edge2019, ProductVersion.SkypeForBusiness2019, edge => edge.{|#0:Federation()|})));
            }
            """,
            """
            static partial class Contoso
            {
                static void LegacyEdge(EdgePoolBuilder edge) => edge.{|#1:Federation()|};
            }
            """],
        Verify.Diagnostic(RuleIds.Topo004).WithLocation(0).WithArguments("edge19.contoso.com", "'edge15.contoso.com'"),
        Verify.Diagnostic(RuleIds.Topo004).WithLocation(1).WithArguments("edge15.contoso.com", "'edge19.contoso.com'"));

    [Fact]
    public Task Federation_in_two_topologies_is_no_clash() => Verify.Analyzer(
        """
        static class Production
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site.EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.Federation())));
        }

        static class Lab
        {
            public static Topology Build() => Topology.Define("lab.contoso.com", t => t
                .CentralSite("Lab", site => site.EdgePool("edge.lab.contoso.com", ProductVersion.SkypeForBusiness2019, edge => edge.Federation())));
        }
        """);
}
