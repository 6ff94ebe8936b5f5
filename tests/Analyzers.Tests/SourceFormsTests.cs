using System.Threading.Tasks;

namespace XmppTopology.Analyzers.Tests;

/// <summary>The forms people write: handles, constants, helpers, loops, lambdas, several files and several topologies.</summary>
public class SourceFormsTests
{
    // A legal XMPP coexistence core: a legacy pool and Edge with the proxy stay.
    private const string Legacy = """
        .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
        .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
        """;

    [Fact]
    public Task Handles_as_properties_in_another_file_built_from_constants_and_nameof() => Verify.Analyzer(
        """
        static class Names
        {
            public const string Domain = "contoso.com";
            public const string fe19 = nameof(fe19);
        }

        static class Pools
        {
            public static PoolRef Fe2019 { get; } = new(Names.fe19 + "." + Names.Domain);
            public static PoolRef Fe2015 => "fe15." + Names.Domain;
        }
        """,
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define(Names.Domain, t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool(Pools.Fe2019, ProductVersion.SkypeForBusiness2019))
                .Users(u => u.User("sip:alice@contoso.com").Xmpp().{|XMPP001:MoveTo(Pools.Fe2019)|}));
        }
        """);

    [Fact]
    public Task Helper_methods_loops_and_local_functions_that_receive_a_builder_count() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            static readonly string[] Sales = ["sip:a@contoso.com", "sip:b@contoso.com"];

            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", Pools)
                .Users(users =>
                {
                    AddSales(users);
                    Local(users);

                    void Local(UserPlan plan) => plan.User("sip:c@contoso.com").Xmpp().{|XMPP001:HomedOn("fe19.contoso.com")|};
                }));

            static void Pools(CentralSiteBuilder site) => site
                {{Legacy}}
                .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019);

            static void AddSales(UserPlan users)
            {
                foreach (var sip in Sales)
                {
                    users.User({|TOPO005:sip|}).{|XMPP001:HomedOn("fe19.contoso.com")|}.Xmpp();
                }
            }
        }
        """);

    [Fact]
    public Task A_list_of_users_from_a_static_readonly_array_reports_its_users_once_at_the_call() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            static readonly string[] Sales = ["sip:a@contoso.com", "sip:b@contoso.com"];

            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.Users(Sales).Xmpp().{|XMPP001:HomedOn("fe19.contoso.com")|}));
        }
        """);

    [Fact]
    public Task A_value_that_is_not_constant_is_reported_as_TOPO005_and_not_guessed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build(string fqdn, bool xmpp) => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool({|TOPO005:fqdn|}, ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:a@contoso.com").HomedOn("fe15.contoso.com").Xmpp({|TOPO005:xmpp|})));
        }
        """);

    [Fact]
    public Task A_helper_that_no_topology_calls_is_not_checked() => Verify.Analyzer(
        """
        static class Unused
        {
            static void Plan(UserPlan users) => users.User("sip:a@contoso.com").HomedOn("nowhere.contoso.com").Xmpp();
        }
        """);

    [Fact]
    public Task Two_topologies_in_one_compilation_are_never_mixed() => Verify.Analyzer(
        $$"""
        static class Production
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site{{Legacy}})
                .Users(users => users.User("sip:a@contoso.com").{|TOPO001:HomedOn("fe19.contoso.com")|}));
        }

        static class Lab
        {
            public static Topology Build() => Topology.Define("lab.contoso.com", t => t
                .CentralSite("Lab", site => site.FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)));
        }
        """);

    [Fact]
    public Task A_method_called_for_two_sites_declares_its_pools_in_both_and_reports_the_clash_once() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => Shared(site))
                .CentralSite("Dublin", site => Shared(site)));

            static void Shared(CentralSiteBuilder site) => site.{|TOPO002:FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)|};
        }
        """);

    [Fact]
    public Task Calls_on_something_that_is_not_the_DSL_are_ignored() => Verify.Analyzer(
        """
        static class Lookalike
        {
            static void HomedOn(string pool) { }
            static void MarkForRemoval() { }
            static void Run() { HomedOn("fe19.contoso.com"); MarkForRemoval(); }
        }
        """);

    [Fact]
    public Task A_callback_held_in_a_delegate_field_is_reported_as_TOPO005() => Verify.Analyzer(
        """
        using System;

        static class Contoso
        {
            static readonly Action<CentralSiteBuilder> Redmond = site => site.{|TOPO005:FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019)|};

            public static Topology Build() => Topology.Define("contoso.com", t => t.CentralSite("Redmond", {|TOPO005:Redmond|}));
        }
        """);

    // Regression: the site helper's file sorted before the Define call's file, and the analyzer
    // created the pool before its topology (AD0001, KeyNotFoundException).
    [Fact]
    public Task A_site_helper_in_a_file_sorted_before_the_topology_file_is_joined() => Verify.Analyzer(
        """
        static class Sites
        {
            public static void Redmond(CentralSiteBuilder site) => site
                .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().{|XMPP002:MarkForRemoval()|});
        }
        """,
        """
        static class Contoso
        {
            public static Topology Build() => Topology.{|XMPP005:Define("contoso.com", t => t
                .CentralSite("Redmond", Sites.Redmond)
                .XmppPartner("jabber.fabrikam.com"))|};
        }
        """);
}
