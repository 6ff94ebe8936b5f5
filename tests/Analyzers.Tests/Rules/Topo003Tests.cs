using System.Threading.Tasks;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Tests.Rules;

/// <summary>TOPO003 (warning): a user homed on a pool marked for removal with no planned move away; reported at HomedOn.</summary>
public class Topo003Tests
{
    [Fact]
    public Task A_user_left_on_a_pool_marked_for_removal_is_warned_at_HomedOn() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, pool => pool.MarkForRemoval())
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").{|#0:HomedOn("fe13.contoso.com")|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo003).WithLocation(0).WithArguments("sip:alice@contoso.com", "fe13.contoso.com"));

    [Fact]
    public Task The_users_of_a_group_left_on_a_pool_marked_for_removal_are_one_warning_at_HomedOn() => Verify.Analyzer(
        """
        static class Contoso
        {
            static readonly string[] Sales = ["sip:ann@contoso.com", "sip:bob@contoso.com", "sip:cid@contoso.com"];

            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, pool => pool.MarkForRemoval())
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users =>
                {
                    users.Users(Sales).{|#0:HomedOn("fe13.contoso.com")|};
                    users.Users(["sip:dan@contoso.com"]).{|#1:HomedOn("fe13.contoso.com")|};
                }));
        }
        """,
        Verify.UsersDiagnostic(RuleIds.Topo003).WithLocation(0).WithArguments("3", "fe13.contoso.com", "'sip:ann@contoso.com', 'sip:bob@contoso.com' and 'sip:cid@contoso.com'"),
        Verify.Diagnostic(RuleIds.Topo003).WithLocation(1).WithArguments("sip:dan@contoso.com", "fe13.contoso.com"));

    [Fact]
    public Task A_user_with_a_planned_move_away_is_clean() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, pool => pool.MarkForRemoval())
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe13.contoso.com").MoveTo("fe19.contoso.com")));
        }
        """);

    [Fact]
    public Task A_planned_move_stated_before_HomedOn_counts_too() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, pool => pool.MarkForRemoval())
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").MoveTo("fe19.contoso.com").HomedOn("fe13.contoso.com")));
        }
        """);

    [Fact]
    public Task A_user_on_a_pool_marked_for_migration_is_not_TOPO003() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, pool => pool.MarkForMigrationTo2019())
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe13.contoso.com")));
        }
        """);

    [Fact]
    public Task A_user_on_a_pool_that_stays_is_clean() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, pool => pool.MarkForRemoval())
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe19.contoso.com")));
        }
        """);

    [Fact]
    public Task An_xmpp_user_left_on_a_legacy_pool_marked_for_removal_is_warned() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, pool => pool.MarkForRemoval())
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
                .Users(users => users.User("sip:alice@contoso.com").Xmpp().{|TOPO003:HomedOn("fe13.contoso.com")|}));
        }
        """);

    [Fact]
    public Task A_user_on_a_branch_appliance_marked_for_removal_is_warned() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .BranchSite("Kista", branch => branch
                        .SurvivableBranchAppliance("sba.kista.contoso.com", ProductVersion.SkypeForBusiness2015, sba => sba.MarkForRemoval())))
                .Users(users => users.User("sip:alice@contoso.com").{|TOPO003:HomedOn("sba.kista.contoso.com")|}));
        }
        """);

    [Fact]
    public Task A_typed_handle_built_from_a_constant_is_followed() => Verify.Analyzer(
        """
        static class Contoso
        {
            const string Domain = "contoso.com";
            static readonly PoolRef Fe2013 = new($"fe13.{Domain}");

            public static Topology Build() => Topology.Define(Domain, t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool(Fe2013, ProductVersion.LyncServer2013, pool => pool.MarkForRemoval())
                    .FrontEndPool("fe19." + Domain, ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@" + Domain).{|TOPO003:HomedOn(Fe2013)|}));
        }
        """);

    [Fact]
    public Task Pools_users_and_handles_in_three_files() => Verify.Analyzer(
        [
            """
            static class Pools
            {
                public static readonly PoolRef Fe2013 = "fe13.contoso.com";
                public static readonly PoolRef Fe2019 = "fe19.contoso.com";
            }
            """,
            """
            static partial class Contoso
            {
                public static Topology Build() => Topology.Define("contoso.com", t => t
                    .CentralSite("Redmond", site => site
                        .FrontEndPool(Pools.Fe2013, ProductVersion.LyncServer2013, Retire)
                        .FrontEndPool(Pools.Fe2019, ProductVersion.SkypeForBusiness2019))
                    .Users(Plan));
            }
            """,
            """
            static partial class Contoso
            {
                static void Retire(FrontEndPoolBuilder pool) => pool.MarkForRemoval();

                static void Plan(UserPlan users)
                {
                    users.User("sip:alice@contoso.com").{|#0:HomedOn(Pools.Fe2013)|};
                    users.User("sip:bob@contoso.com").HomedOn(Pools.Fe2013).MoveTo(Pools.Fe2019);
                }
            }
            """],
        Verify.Diagnostic(RuleIds.Topo003).WithLocation(0).WithArguments("sip:alice@contoso.com", "fe13.contoso.com"));
    [Fact]
    public Task A_planned_move_to_a_pool_marked_for_removal_is_warned_at_MoveTo() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, pool => pool.MarkForRemoval())
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe19.contoso.com").{|#0:MoveTo("fe13.contoso.com")|}));
        }
        """,
        Verify.Diagnostic(RuleIds.Topo003).WithLocation(0).WithArguments("sip:alice@contoso.com", "fe13.contoso.com"));

    [Fact]
    public Task A_move_from_one_pool_marked_for_removal_to_another_is_warned_at_MoveTo_only() => Verify.Analyzer(
        """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe13.contoso.com", ProductVersion.LyncServer2013, pool => pool.MarkForRemoval())
                    .FrontEndPool("fe13b.contoso.com", ProductVersion.LyncServer2013, pool => pool.MarkForRemoval())
                    .FrontEndPool("fe19.contoso.com", ProductVersion.SkypeForBusiness2019))
                .Users(users => users.User("sip:alice@contoso.com").HomedOn("fe13.contoso.com").{|TOPO003:MoveTo("fe13b.contoso.com")|}));
        }
        """);
}
