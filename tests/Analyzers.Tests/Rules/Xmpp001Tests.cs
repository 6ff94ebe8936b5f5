using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Tests.Infrastructure;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests.Rules;

/// <summary>XMPP001: a user with XMPP federation homed on, or planned to move to, a 2019 pool; reported at HomedOn/MoveTo.</summary>
public class Xmpp001Tests
{
    // A legacy Front End pool and a legacy Edge with the XMPP proxy that stay: XMPP keeps its route (no XMPP005).
    private const string Legacy = """
        .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
        .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
        """;

    [Fact]
    public Task An_xmpp_user_homed_on_a_2019_pool_is_reported_at_HomedOn() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").Xmpp().{|#0:HomedOn("fe19.contoso.com")|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp001).WithLocation(0).WithArguments("sip:alice@contoso.com", "homed on", "fe19.contoso.com", "a Skype for Business Server 2019 pool"));

    [Fact]
    public Task An_xmpp_user_homed_on_a_legacy_pool_is_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").Xmpp().HomedOn("fe15.contoso.com")));
        }
        """);

    [Fact]
    public Task A_user_without_xmpp_homed_on_a_2019_pool_is_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe19.contoso.com")));
        }
        """);

    [Fact]
    public Task A_planned_move_of_an_xmpp_user_to_a_2019_pool_is_reported_at_MoveTo() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").Xmpp().{|#0:MoveTo("fe19.contoso.com")|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp001).WithLocation(0).WithArguments("sip:alice@contoso.com", "planned to move to", "fe19.contoso.com", "a Skype for Business Server 2019 pool"));

    [Fact]
    public Task A_planned_move_of_an_xmpp_user_to_a_legacy_pool_is_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013)
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe13.contoso.com").Xmpp().MoveTo("fe15.contoso.com")));
        }
        """);

    [Fact]
    public Task An_xmpp_user_homed_on_a_2019_pool_and_moving_to_another_is_reported_at_both_calls() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19a.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .FrontEndPool("fe19b.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com")
                    .{|XMPP001:HomedOn("fe19a.contoso.com")|}
                    .{|XMPP001:MoveTo("fe19b.contoso.com")|}
                    .Xmpp()));
        }
        """);

    [Fact]
    public Task An_xmpp_user_on_a_2019_pool_moving_back_to_a_legacy_pool_is_still_reported_where_it_is_homed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").Xmpp().{|XMPP001:HomedOn("fe19.contoso.com")|}.MoveTo("fe15.contoso.com")));
        }
        """);

    [Fact]
    public Task Xmpp_from_the_global_policy_counts() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .GlobalExternalAccessPolicy(enableXmppAccess: true)
                .Users(users => users.User("sip:alice@contoso.com").{|XMPP001:HomedOn("fe19.contoso.com")|}));
        }
        """);

    [Fact]
    public Task Xmpp_from_the_site_policy_of_the_pools_site_counts() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .SiteExternalAccessPolicy("Redmond", true)
                .Users(users => users.User("sip:alice@contoso.com").{|XMPP001:HomedOn("fe19.contoso.com")|}));
        }
        """);

    [Fact]
    public Task The_site_policy_of_another_site_does_not_apply() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .CentralSite("Dublin", site => site.FrontEndPool("fe15.dublin.contoso.com", ProductVersion.SkypeForBusiness2015))
                .SiteExternalAccessPolicy("Dublin", true)
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe19.contoso.com")));
        }
        """);

    [Fact]
    public Task Xmpp_from_a_granted_user_policy_counts() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .UserExternalAccessPolicy("XmppUsers", true)
                .Users(users => users.User("sip:alice@contoso.com").ExternalAccessPolicy("XmppUsers").{|XMPP001:HomedOn("fe19.contoso.com")|}));
        }
        """);

    [Fact]
    public Task A_user_policy_without_xmpp_overrides_the_global_policy() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .GlobalExternalAccessPolicy(true)
                .UserExternalAccessPolicy("NoXmpp", false)
                .Users(users => users.User("sip:alice@contoso.com").ExternalAccessPolicy("NoXmpp").HomedOn("fe19.contoso.com")));
        }
        """);

    [Fact]
    public Task Xmpp_disabled_on_the_user_overrides_the_global_policy() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .GlobalExternalAccessPolicy(true)
                .Users(users => users.User("sip:alice@contoso.com").Xmpp(false).HomedOn("fe19.contoso.com")));
        }
        """);

    [Fact]
    public Task The_last_xmpp_setting_of_a_user_wins() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").Xmpp(false).{|XMPP001:HomedOn("fe19.contoso.com")|}.Xmpp()));
        }
        """);

    [Fact]
    public Task A_2019_director_pool_homes_no_users_and_is_not_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .DirectorPool("dir19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").Xmpp().HomedOn("dir19.contoso.com")));
        }
        """);

    [Fact]
    public Task A_2019_standard_edition_server_counts_as_a_2019_pool() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .StandardEditionServer("se19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").Xmpp().{|XMPP001:HomedOn("se19.contoso.com")|}));
        }
        """);

    [Fact]
    public Task Pool_names_compare_without_case() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").Xmpp().{|XMPP001:HomedOn("FE19.Contoso.COM")|}));
        }
        """);

    [Fact]
    public Task The_users_of_a_group_are_one_diagnostic_at_the_shared_call() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.Users(["sip:a@contoso.com", "sip:b@contoso.com"]).Xmpp().{|#0:HomedOn("fe19.contoso.com")|}));
        }
        """,
        Verify.UsersDiagnostic(RuleIds.Xmpp001).WithLocation(0).WithArguments("2", "homed on", "fe19.contoso.com", "a Skype for Business Server 2019 pool", "'sip:a@contoso.com' and 'sip:b@contoso.com'"));

    [Fact]
    public async Task A_team_planned_to_move_to_a_2019_pool_is_one_diagnostic_that_counts_its_users_and_names_the_first_three()
    {
        // Written as the samples teach: the team's SIP addresses in a field, one Users call in a
        // file that only lists users (checked on its own), and one in the topology file.
        string[] sources =
        [
            """
            static class Teams
            {
                public static readonly string[] Sales = ["sip:ann@contoso.com", "sip:bob@contoso.com", "sip:cid@contoso.com", "sip:dee@contoso.com", "sip:eve@contoso.com"];
                public static readonly string[] Support = ["sip:sam@contoso.com", "sip:sue@contoso.com", "sip:syd@contoso.com"];
            }
            """,
            $$"""
            static class Contoso
            {
                public static Topology Build() => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", site => site
                        {{Legacy}}
                        .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                    .Users(SalesPlan.Plan)
                    .Users(users => users.Users(Teams.Support).HomedOn("fe15.contoso.com").Xmpp().{|#1:MoveTo("fe19.contoso.com")|}));
            }
            """,
            """
            static class SalesPlan
            {
                public static void Plan(UserPlan users) => users.Users(Teams.Sales).HomedOn("fe15.contoso.com").Xmpp().{|#0:MoveTo("fe19.contoso.com")|};
            }
            """,
        ];

        await Verify.Analyzer(
            sources,
            Verify.UsersDiagnostic(RuleIds.Xmpp001).WithLocation(0).WithArguments("5", "planned to move to", "fe19.contoso.com", "a Skype for Business Server 2019 pool", "'sip:ann@contoso.com', 'sip:bob@contoso.com', 'sip:cid@contoso.com' and 2 more"),
            Verify.UsersDiagnostic(RuleIds.Xmpp001).WithLocation(1).WithArguments("3", "planned to move to", "fe19.contoso.com", "a Skype for Business Server 2019 pool", "'sip:sam@contoso.com', 'sip:sue@contoso.com' and 'sip:syd@contoso.com'"));

        var plain = sources.Select((source, index) => ($"File{index}.cs", Verify.Usings + Regex.Replace(source, @"\{\|#\d:(.*?)\|\}", "$1")));
        var diagnostics = await TopologyCompilation.AnalyzeAsync(TopologyCompilation.Create(plain));
        var sales = Assert.Single(diagnostics, d => d.Location.SourceTree!.FilePath == "File2.cs");
        Assert.Equal(
            "5 users federate with XMPP but are planned to move to 'fe19.contoso.com', a Skype for Business Server 2019 pool; XMPP users must stay on a legacy pool: 'sip:ann@contoso.com', 'sip:bob@contoso.com', 'sip:cid@contoso.com' and 2 more",
            sales.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticSeverity.Error, sales.Severity);
        Assert.EndsWith("/docs/rules/XMPP001.md", sales.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.Equal(("5", "sip:ann@contoso.com"), (sales.Properties["Users"], sales.Properties["Element"]));
    }

    [Fact]
    public Task A_group_of_one_user_keeps_the_message_about_one_user() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.Users(["sip:a@contoso.com"]).Xmpp().{|#0:HomedOn("fe19.contoso.com")|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp001).WithLocation(0).WithArguments("sip:a@contoso.com", "homed on", "fe19.contoso.com", "a Skype for Business Server 2019 pool"));

    [Fact]
    public Task A_group_homed_on_a_2019_pool_and_moving_to_another_is_one_diagnostic_at_each_call() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19a.contoso.com", ProductVersion.SkypeForBusiness2019)
                    .FrontEndPool("fe19b.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users =>
                {
                    users.Users(["sip:a@contoso.com", "sip:b@contoso.com"]).Xmpp().{|#0:HomedOn("fe19a.contoso.com")|}.{|#1:MoveTo("fe19b.contoso.com")|};
                    users.Users(["sip:c@contoso.com", "sip:d@contoso.com", "sip:e@contoso.com", "sip:f@contoso.com"]).Xmpp().{|#2:HomedOn("fe19a.contoso.com")|};
                }));
        }
        """,
        Verify.UsersDiagnostic(RuleIds.Xmpp001).WithLocation(0).WithArguments("2", "homed on", "fe19a.contoso.com", "a Skype for Business Server 2019 pool", "'sip:a@contoso.com' and 'sip:b@contoso.com'"),
        Verify.UsersDiagnostic(RuleIds.Xmpp001).WithLocation(1).WithArguments("2", "planned to move to", "fe19b.contoso.com", "a Skype for Business Server 2019 pool", "'sip:a@contoso.com' and 'sip:b@contoso.com'"),
        Verify.UsersDiagnostic(RuleIds.Xmpp001).WithLocation(2).WithArguments("4", "homed on", "fe19a.contoso.com", "a Skype for Business Server 2019 pool", "'sip:c@contoso.com', 'sip:d@contoso.com', 'sip:e@contoso.com' and 1 more"));

    [Fact]
    public Task A_typed_handle_converted_from_a_string_is_followed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            static readonly PoolRef Fe2019 = "fe19.contoso.com";

            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool(Fe2019, ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").{|XMPP001:HomedOn(Fe2019)|}.Xmpp()));
        }
        """);

    [Fact]
    public Task A_typed_handle_made_with_FromString_is_followed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            static readonly PoolRef Fe2019 = PoolRef.FromString("fe19.contoso.com");

            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").Xmpp().{|XMPP001:MoveTo(Fe2019)|}));
        }
        """);

    [Fact]
    public Task A_local_handle_is_followed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t =>
            {
                var fe2019 = new PoolRef("fe19.contoso.com");
                t.CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool(fe2019, ProductVersion.SkypeForBusiness2019));
                t.Users(users => users.User("sip:alice@contoso.com").Xmpp().{|XMPP001:HomedOn(fe2019)|});
            });
        }
        """);

    [Fact]
    public Task A_handle_concatenated_from_a_constant_is_followed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            const string Domain = "contoso.com";
            static readonly PoolRef Fe2019 = new("fe19." + Domain);

            public static Topology Build() => Topology.Define(Domain, t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool(Fe2019, ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@" + Domain).Xmpp().{|XMPP001:HomedOn(Fe2019)|}));
        }
        """);

    [Fact]
    public Task A_handle_interpolated_from_a_constant_is_followed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            const string Domain = "contoso.com";
            static readonly PoolRef Fe2019 = new($"fe19.{Domain}");

            public static Topology Build() => Topology.Define(Domain, t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User($"sip:alice@{Domain}").Xmpp().{|XMPP001:HomedOn(Fe2019)|}));
        }
        """);

    [Fact]
    public Task A_constant_that_names_a_legacy_pool_is_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            const string Domain = "contoso.com";
            static readonly PoolRef Fe2015 = new($"fe15.{Domain}");

            public static Topology Build() => Topology.Define(Domain, t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19." + Domain, ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User($"sip:alice@{Domain}").Xmpp().HomedOn(Fe2015)));
        }
        """);

    [Fact]
    public Task Handles_topology_and_users_in_three_files() => Verify.Analyzer(
        [
            """
            static class Pools
            {
                public static readonly PoolRef Fe2015 = new("fe15.contoso.com");
                public static readonly PoolRef Fe2019 = new("fe19.contoso.com");
                public static readonly PoolRef Edge2015 = "edge15.contoso.com";
            }
            """,
            """
            static partial class Contoso
            {
                public static Topology Build() => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", site => site
                        .FrontEndPool(Pools.Fe2015, ProductVersion.SkypeForBusiness2015)
                        .EdgePool(Pools.Edge2015, ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
                        .FrontEndPool(Pools.Fe2019, ProductVersion.SkypeForBusiness2019))
                    .Users(Plan));
            }
            """,
            """
            static partial class Contoso
            {
                static void Plan(UserPlan users)
                {
                    users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2015).Xmpp();
                    users.User("sip:bob@contoso.com").{|#0:HomedOn(Pools.Fe2019)|}.Xmpp();
                    users.User("sip:carol@contoso.com").HomedOn(Pools.Fe2019);
                }
            }
            """],
        Verify.Diagnostic(RuleIds.Xmpp001).WithLocation(0).WithArguments("sip:bob@contoso.com", "homed on", "fe19.contoso.com", "a Skype for Business Server 2019 pool"));

    [Fact]
    public Task Users_in_a_helper_file_that_are_all_legacy_or_without_xmpp_are_clean() => Verify.Analyzer(
        """
        static partial class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(Plan));
        }
        """,
        """
        static partial class Contoso
        {
            static void Plan(UserPlan users)
            {
                users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").Xmpp();
                users.User("sip:carol@contoso.com").HomedOn("fe19.contoso.com");
            }
        }
        """);
    [Fact]
    public Task An_xmpp_user_homed_on_a_legacy_pool_marked_for_migration_to_2019_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, pool => pool.MarkForMigrationTo2019()))
                .Users(users => users.User("sip:alice@contoso.com").Xmpp().{|#0:HomedOn("fe13.contoso.com")|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp001).WithLocation(0).WithArguments("sip:alice@contoso.com", "homed on", "fe13.contoso.com", "a pool marked for migration to Skype for Business Server 2019"));

    [Fact]
    public Task A_planned_move_of_an_xmpp_user_to_a_pool_marked_for_migration_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, pool => pool.MarkForMigrationTo2019()))
                .Users(users => users.User("sip:alice@contoso.com").Xmpp().HomedOn("fe15.contoso.com").{|#0:MoveTo("fe13.contoso.com")|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp001).WithLocation(0).WithArguments("sip:alice@contoso.com", "planned to move to", "fe13.contoso.com", "a pool marked for migration to Skype for Business Server 2019"));

    [Fact]
    public Task An_xmpp_user_homed_on_a_legacy_pool_marked_for_removal_is_not_XMPP001() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, pool => pool.MarkForRemoval()))
                .Users(users => users.User("sip:alice@contoso.com").Xmpp().{|TOPO003:HomedOn("fe13.contoso.com")|}));
        }
        """);

    [Fact]
    public Task A_move_to_a_2019_pool_is_reported_when_the_user_federates_only_at_home() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}})
                .CentralSite("Dublin", site => site
                    .FrontEndPool("fe19.dublin.contoso.com", ProductVersion.SkypeForBusiness2019))
                .SiteExternalAccessPolicy("Redmond", true)
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.contoso.com").{|XMPP001:MoveTo("fe19.dublin.contoso.com")|}));
        }
        """);

    [Fact]
    public Task A_move_to_a_2019_pool_is_reported_when_the_user_federates_only_at_the_target() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .CentralSite("Dublin", site => site
                    .FrontEndPool("fe15.dublin.contoso.com", ProductVersion.SkypeForBusiness2015))
                .SiteExternalAccessPolicy("Redmond", true)
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.dublin.contoso.com").{|XMPP001:MoveTo("fe19.contoso.com")|}));
        }
        """);

    [Fact]
    public Task A_move_to_a_2019_pool_is_clean_when_the_user_federates_neither_at_home_nor_at_the_target() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .CentralSite("Dublin", site => site
                    .FrontEndPool("fe15.dublin.contoso.com", ProductVersion.SkypeForBusiness2015))
                .SiteExternalAccessPolicy("Redmond", false)
                .SiteExternalAccessPolicy("Dublin", false)
                .GlobalExternalAccessPolicy(true)
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe15.dublin.contoso.com").MoveTo("fe19.contoso.com")));
        }
        """);

    [Fact]
    public Task A_user_policy_called_Global_is_not_the_global_policy() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .UserExternalAccessPolicy("Global", true)
                .Users(users =>
                {
                    users.User("sip:alice@contoso.com").HomedOn("fe19.contoso.com");
                    users.User("sip:bob@contoso.com").ExternalAccessPolicy("Global").{|XMPP001:HomedOn("fe19.contoso.com")|};
                }));
        }
        """);

    [Fact]
    public Task A_user_held_in_a_local_and_handed_to_a_helper_is_followed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users =>
                {
                    var alice = users.User("sip:alice@contoso.com").{|XMPP001:HomedOn("fe19.contoso.com")|};
                    EnableXmpp(alice);
                }));

            static void EnableXmpp(UserBuilder user) => user.Xmpp();
        }
        """);

    [Fact]
    public Task A_user_chain_handed_to_a_helper_is_followed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => WithoutXmpp(users.User("sip:alice@contoso.com").HomedOn("fe19.contoso.com").Xmpp())));

            static void WithoutXmpp(UserBuilder user) => user.Xmpp(false);
        }
        """);

    [Fact]
    public Task An_extension_method_on_the_user_builder_is_followed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").{|XMPP001:HomedOn("fe19.contoso.com")|}.Federated()));
        }

        static class UserExtensions
        {
            public static UserBuilder Federated(this UserBuilder user) => user.Xmpp();
        }
        """);

    [Fact]
    public Task The_global_policy_declared_first_at_run_time_decides() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t =>
            {
                Policies(t);
                t.GlobalExternalAccessPolicy(false);
                t.CentralSite("Redmond", site => site
                    {{Legacy}}
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019));
                t.Users(users => users.User("sip:alice@contoso.com").{|XMPP001:HomedOn("fe19.contoso.com")|});
            });

            static void Policies(TopologyBuilder t) => t.GlobalExternalAccessPolicy(true);
        }
        """);
}
