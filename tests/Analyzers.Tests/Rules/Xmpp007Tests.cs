using System.Threading.Tasks;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests.Rules;

/// <summary>XMPP007: an XMPP user homed on a Survivable Branch Appliance or Server; reported at HomedOn.</summary>
public class Xmpp007Tests
{
    // A legacy Front End pool and a legacy Edge with the XMPP proxy that stay: XMPP keeps its route (no XMPP005).
    private const string Legacy = """
        .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
        .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
        """;

    [Fact]
    public Task An_xmpp_user_homed_on_a_survivable_branch_appliance_is_reported_at_HomedOn() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .BranchSite("Kista", branch => branch
                        .SurvivableBranchAppliance("sba.kista.contoso.com", ProductVersion.SkypeForBusiness2015)))
                .Users(users => users.User("sip:alice@contoso.com").Xmpp().{|#0:HomedOn("sba.kista.contoso.com")|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp007).WithLocation(0).WithArguments("sip:alice@contoso.com", "sba.kista.contoso.com", "Survivable Branch Appliance"));

    [Fact]
    public Task The_xmpp_users_of_a_group_homed_on_an_appliance_are_one_diagnostic_at_HomedOn() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .BranchSite("Kista", branch => branch
                        .SurvivableBranchAppliance("sba.kista.contoso.com", ProductVersion.SkypeForBusiness2015)))
                .Users(Kista.Plan));
        }

        static class Kista
        {
            public static void Plan(UserPlan users) =>
                users.Users(["sip:ann@contoso.com", "sip:bob@contoso.com", "sip:cid@contoso.com", "sip:dee@contoso.com"]).Xmpp().{|#0:HomedOn("sba.kista.contoso.com")|};
        }
        """,
        Verify.UsersDiagnostic(RuleIds.Xmpp007).WithLocation(0).WithArguments("4", "sba.kista.contoso.com", "Survivable Branch Appliance", "'sip:ann@contoso.com', 'sip:bob@contoso.com', 'sip:cid@contoso.com' and 1 more"));

    [Fact]
    public Task An_xmpp_user_homed_on_a_survivable_branch_server_is_reported() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .BranchSite("Kista", branch => branch
                        .SurvivableBranchServer("sbs.kista.contoso.com", ProductVersion.LyncServer2013)))
                .Users(users => users.User("sip:alice@contoso.com").{|#0:HomedOn("sbs.kista.contoso.com")|}.Xmpp()));
        }
        """,
        Verify.Diagnostic(RuleIds.Xmpp007).WithLocation(0).WithArguments("sip:alice@contoso.com", "sbs.kista.contoso.com", "Survivable Branch Server"));

    [Fact]
    public Task An_xmpp_user_homed_on_a_2019_appliance_is_both_XMPP001_and_XMPP007() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .BranchSite("Kista", branch => branch
                        .SurvivableBranchAppliance("sba.kista.contoso.com", ProductVersion.SkypeForBusiness2019)))
                .Users(users => users.User("sip:alice@contoso.com").Xmpp().{|XMPP001:{|XMPP007:HomedOn("sba.kista.contoso.com")|}|}));
        }
        """);

    [Fact]
    public Task A_user_without_xmpp_homed_on_an_appliance_is_clean() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .BranchSite("Kista", branch => branch
                        .SurvivableBranchAppliance("sba.kista.contoso.com", ProductVersion.SkypeForBusiness2015)))
                .Users(users =>
                {
                    users.User("sip:alice@contoso.com").HomedOn("sba.kista.contoso.com");
                    users.User("sip:bob@contoso.com").HomedOn("fe15.contoso.com").Xmpp();
                }));
        }
        """);

    [Fact]
    public Task An_xmpp_user_moving_to_an_appliance_is_not_XMPP007() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .BranchSite("Kista", branch => branch
                        .SurvivableBranchAppliance("sba.kista.contoso.com", ProductVersion.SkypeForBusiness2015)))
                .Users(users => users.User("sip:alice@contoso.com").Xmpp().HomedOn("fe15.contoso.com").MoveTo("sba.kista.contoso.com")));
        }
        """);

    [Fact]
    public Task The_site_policy_of_the_branch_site_gives_xmpp() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .BranchSite("Kista", branch => branch
                        .SurvivableBranchAppliance("sba.kista.contoso.com", ProductVersion.SkypeForBusiness2015)))
                .SiteExternalAccessPolicy("Kista", true)
                .Users(users => users.User("sip:alice@contoso.com").{|XMPP007:HomedOn("sba.kista.contoso.com")|}));
        }
        """);

    [Fact]
    public Task The_site_policy_of_the_central_site_does_not_apply_to_the_branch() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .BranchSite("Kista", branch => branch
                        .SurvivableBranchAppliance("sba.kista.contoso.com", ProductVersion.SkypeForBusiness2015)))
                .SiteExternalAccessPolicy("Redmond", true)
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("sba.kista.contoso.com")));
        }
        """);

    [Fact]
    public Task A_typed_handle_built_from_a_constant_is_followed() => Verify.Analyzer(
        $$"""
        static class Contoso
        {
            const string Domain = "contoso.com";
            static readonly PoolRef Sba = new($"sba.kista.{Domain}");

            public static Topology Build() => Topology.Define(Domain, t => t
                .CentralSite("Redmond", site => site
                    {{Legacy}}
                    .BranchSite("Kista", branch => branch.SurvivableBranchAppliance(Sba, ProductVersion.SkypeForBusiness2015)))
                .Users(users => users.User("sip:alice@" + Domain).Xmpp().{|XMPP007:HomedOn(Sba)|}));
        }
        """);

    [Fact]
    public Task A_branch_and_users_declared_in_helpers_in_other_files() => Verify.Analyzer(
        [
            """
            static class Pools
            {
                public static readonly PoolRef Fe2015 = "fe15.contoso.com";
                public static readonly PoolRef Sba = "sba.kista.contoso.com";
            }
            """,
            """
            static partial class Contoso
            {
                public static Topology Build() => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", site => site
                        .FrontEndPool(Pools.Fe2015, ProductVersion.SkypeForBusiness2015)
                        .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
                        .BranchSite("Kista", Kista))
                    .Users(Plan));
            }
            """,
            """
            static partial class Contoso
            {
                static void Kista(BranchSiteBuilder branch) => branch.SurvivableBranchAppliance(Pools.Sba, ProductVersion.SkypeForBusiness2015);

                static void Plan(UserPlan users)
                {
                    users.User("sip:alice@contoso.com").{|#0:HomedOn(Pools.Sba)|}.Xmpp();
                    users.User("sip:bob@contoso.com").HomedOn(Pools.Sba);
                    users.User("sip:carol@contoso.com").HomedOn(Pools.Fe2015).Xmpp();
                }
            }
            """],
        Verify.Diagnostic(RuleIds.Xmpp007).WithLocation(0).WithArguments("sip:alice@contoso.com", "sba.kista.contoso.com", "Survivable Branch Appliance"));
}
