using System.Threading.Tasks;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests.Rules;

/// <summary>TOPO002: two elements share one FQDN; reported at each pool declaration (the whole call, configure lambda included).</summary>
public class Topo002Tests
{
    [Fact]
    public Task Two_pools_with_one_fqdn_are_both_reported() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .{|#0:FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)|}
                    .{|#1:FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2019)|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo002).WithLocation(0).WithArguments("fe15.contoso.com", "2"),
        Verify.Diagnostic(RuleIds.Topo002).WithLocation(1).WithArguments("fe15.contoso.com", "2"));

    [Fact]
    public Task Pools_with_distinct_fqdns_are_clean() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015, pool => pool.Machines("fe15-1.contoso.com", "fe15-2.contoso.com"))
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019, pool => pool.Machines("fe19-1.contoso.com"))
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015)));
        }
        """);

    [Fact]
    public Task The_span_covers_the_configure_lambda_across_lines() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .{|TOPO002:EdgePool("edge.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge
                        .Federation()
                        .Machines("edge-1.contoso.com"))|}
                    .{|TOPO002:EdgePool("edge.contoso.com", ProductVersion.SkypeForBusiness2019)|}));
        }
        """);

    [Fact]
    public Task Fqdns_compare_without_case() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .{|TOPO002:FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)|}
                    .{|TOPO002:DirectorPool("FE15.Contoso.com", ProductVersion.SkypeForBusiness2015)|}));
        }
        """);

    [Fact]
    public Task A_pool_named_like_a_machine_of_another_pool_is_reported_at_both_pools() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .{|TOPO002:FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015, pool => pool.Machines("srv1.contoso.com"))|}
                    .{|TOPO002:EdgePool("srv1.contoso.com", ProductVersion.SkypeForBusiness2015)|}));
        }
        """);

    [Fact]
    public Task A_machine_in_two_pools_is_reported_at_both_pools() => Verify.Analyzer(
        """
        static class Contoso
        {
            static readonly string[] Shared = ["srv1.contoso.com"];

            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .{|#0:FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015, pool => pool.Machines(Shared))|}
                    .{|#1:FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019, pool => pool.Machines("srv2.contoso.com", "srv1.contoso.com"))|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo002).WithLocation(0).WithArguments("srv1.contoso.com", "2"),
        Verify.Diagnostic(RuleIds.Topo002).WithLocation(1).WithArguments("srv1.contoso.com", "2"));

    [Fact]
    public Task A_standard_edition_server_whose_machine_is_itself_is_clean() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .StandardEditionServer("se15.contoso.com", ProductVersion.SkypeForBusiness2015, server => server.Machines("se15.contoso.com"))));
        }
        """);

    [Fact]
    public Task Three_declarations_are_each_reported() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .{|#0:FrontEndPool("fe.contoso.com", ProductVersion.SkypeForBusiness2015)|}
                    .{|#1:EdgePool("fe.contoso.com", ProductVersion.SkypeForBusiness2015)|})
                .CentralSite("Dublin", site => site
                    .{|#2:FrontEndPool("fe.contoso.com", ProductVersion.SkypeForBusiness2019)|}
                    .BranchSite("Cork", branch => branch.SurvivableBranchAppliance("sba.cork.contoso.com", ProductVersion.SkypeForBusiness2015))));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo002).WithLocation(0).WithArguments("fe.contoso.com", "3"),
        Verify.Diagnostic(RuleIds.Topo002).WithLocation(1).WithArguments("fe.contoso.com", "3"),
        Verify.Diagnostic(RuleIds.Topo002).WithLocation(2).WithArguments("fe.contoso.com", "3"));

    [Fact]
    public Task A_branch_appliance_sharing_a_central_pools_fqdn_is_reported() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .{|TOPO002:FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)|}
                    .BranchSite("Kista", branch => branch.{|TOPO002:SurvivableBranchAppliance("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)|})));
        }
        """);

    [Fact]
    public Task A_typed_handle_and_a_constant_string_naming_one_fqdn_clash() => Verify.Analyzer(
        """
        static class Contoso
        {
            const string Domain = "contoso.com";
            static readonly PoolRef Fe2015 = new("fe15." + Domain);

            public static Topology Build() => Topology.Define(Domain, t => t
                .CentralSite("Redmond", site => site
                    .{|TOPO002:FrontEndPool(Fe2015, ProductVersion.SkypeForBusiness2015)|}
                    .{|TOPO002:FrontEndPool($"fe15.{Domain}", ProductVersion.SkypeForBusiness2019)|}));
        }
        """);

    [Fact]
    public Task Declarations_in_two_files_clash_in_each_file() => Verify.Analyzer(
        [
            """
            static class Pools
            {
                public static readonly PoolRef Fe2015 = "fe15.contoso.com";
            }
            """,
            """
            static partial class Contoso
            {
                public static Topology Build() => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", site => site.{|#0:FrontEndPool(Pools.Fe2015, ProductVersion.SkypeForBusiness2015)|})
                    .CentralSite("Dublin", Dublin));
            }
            """,
            """
            static partial class Contoso
            {
                static void Dublin(CentralSiteBuilder site) => site
                    .{|#1:FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2019)|};
            }
            """],
        Verify.Diagnostic(RuleIds.Topo002).WithLocation(0).WithArguments("fe15.contoso.com", "2"),
        Verify.Diagnostic(RuleIds.Topo002).WithLocation(1).WithArguments("fe15.contoso.com", "2"));

    [Fact]
    public Task One_fqdn_in_two_topologies_is_no_clash() => Verify.Analyzer(
        """
        static class Production
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site.FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)));
        }
        """,
        """
        static class Lab
        {
            public static Topology Build() => Topology.Define("lab.contoso.com", t => t
                .CentralSite("Lab", site => site.FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)));
        }
        """);
    [Fact]
    public Task A_reference_to_a_duplicated_fqdn_names_the_pool_declared_first_at_run_time() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", Redmond)
                .CentralSite("Dublin", site => site.{|TOPO002:FrontEndPool("fe.contoso.com", ProductVersion.SkypeForBusiness2015)|})
                .Users(users => users.User("sip:alice@contoso.com").{|XMPP001:HomedOn("fe.contoso.com")|}.Xmpp()));

            static void Redmond(CentralSiteBuilder site) => site
                .{|TOPO002:FrontEndPool("fe.contoso.com", ProductVersion.SkypeForBusiness2019)|}
                .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy());
        }
        """);
}
