using System.Threading.Tasks;

namespace XmppTopology.Analyzers.CodeFixes.Tests;

public class Xmpp001FixTests
{
    private const string Pools = """
        static class Pools
        {
            public static readonly PoolRef Fe2015 = new("fe15.contoso.com");
            public static readonly PoolRef Fe2013 = new("fe13.contoso.com");
            public static readonly PoolRef Fe2019 = new("fe19.contoso.com");
        }
        """;

    private static string Topology(string users) => $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool(Pools.Fe2015, ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool(Pools.Fe2019, ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
                .CentralSite("Dublin", site => site
                    .FrontEndPool(Pools.Fe2013, ProductVersion.LyncServer2013))
                .Users(Plan));

            static readonly string[] Team = ["sip:dan@contoso.com", "sip:erin@contoso.com"];

            static void Plan(UserPlan users)
            {
        {{users}}
            }
        }
        """;

    [Fact]
    public Task Keep_on_the_nearest_legacy_pool_uses_the_pools_handle() => VerifyFix.Apply<UserXmppFixProvider>(
        "XMPP001.Preferred",
        [Pools, Topology("""
                    // Alice federates with Fabrikam over XMPP.
                    users.User("sip:alice@contoso.com").{|XMPP001:HomedOn(Pools.Fe2019)|}.Xmpp(); // moved last week
                    users.User("sip:bob@contoso.com").HomedOn(Pools.Fe2019);
            """)],
        [Pools, Topology("""
                    // Alice federates with Fabrikam over XMPP.
                    users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2015).Xmpp(); // moved last week
                    users.User("sip:bob@contoso.com").HomedOn(Pools.Fe2019);
            """)]);

    [Fact]
    public Task The_second_action_is_the_next_nearest_legacy_pool_in_another_site() => VerifyFix.Apply<UserXmppFixProvider>(
        "XMPP001.Retarget.2",
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").{|XMPP001:HomedOn(Pools.Fe2019)|}.Xmpp();
            """)],
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2013).Xmpp();
            """)]);

    [Fact]
    public Task A_string_reference_is_replaced_by_a_string() => VerifyFix.Apply<UserXmppFixProvider>(
        "XMPP001.Retarget.1",
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").Xmpp().{|XMPP001:MoveTo("fe19.contoso.com")|};
            """)],
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").Xmpp().MoveTo("fe15.contoso.com");
            """)]);

    [Fact]
    public Task Remove_xmpp_turns_the_users_own_setting_off() => VerifyFix.Apply<UserXmppFixProvider>(
        "XMPP001.RemoveXmpp",
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").{|XMPP001:HomedOn(Pools.Fe2019)|}.Xmpp();
            """)],
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2019).Xmpp(false);
            """)]);

    [Fact]
    public Task The_preferred_fix_of_a_planned_move_cancels_it_and_keeps_the_comments() => VerifyFix.Apply<UserXmppFixProvider>(
        "XMPP001.Preferred",
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com")
                        .HomedOn(Pools.Fe2015)
                        // wave 2
                        .{|XMPP001:MoveTo(Pools.Fe2019)|}
                        .Xmpp();
            """)],
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com")
                        .HomedOn(Pools.Fe2015)
                        // wave 2
                        .Xmpp();
            """)]);

    [Fact]
    public Task A_comment_right_after_the_removed_call_stays_once() => VerifyFix.Apply<UserXmppFixProvider>(
        "XMPP001.Preferred",
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2015).{|XMPP001:MoveTo(Pools.Fe2019)|} /* wave 2 */ .Xmpp();
                    users.User("sip:bob@contoso.com")
                        .HomedOn(Pools.Fe2015)
                        .{|XMPP001:MoveTo(Pools.Fe2019)|} // in March
                        .Xmpp();
            """)],
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2015) /* wave 2 */.Xmpp();
                    users.User("sip:bob@contoso.com")
                        .HomedOn(Pools.Fe2015)
                        // in March
                        .Xmpp();
            """)],
        iterations: 2);

    [Fact]
    public Task A_planned_move_can_go_to_another_legacy_pool_instead_never_to_the_one_the_user_is_on() => VerifyFix.Apply<UserXmppFixProvider>(
        "XMPP001.Retarget.1",
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2015).{|XMPP001:MoveTo(Pools.Fe2019)|}.Xmpp();
            """)],
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2015).MoveTo(Pools.Fe2013).Xmpp();
            """)]);

    [Fact]
    public async Task A_planned_move_offers_cancel_then_the_other_legacy_pools_then_removing_xmpp()
    {
        var offered = await OfferedFixes.ForAsync<UserXmppFixProvider>(Pools, Topology("""
                    users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2015).MoveTo(Pools.Fe2019).Xmpp();
            """));

        Assert.Equal(
            [
                ("Cancel the planned move of sip:alice@contoso.com", "XMPP001.Preferred"),
                ("Move sip:alice@contoso.com to legacy pool fe13.contoso.com instead", "XMPP001.Retarget.1"),
                ("Remove XMPP federation from sip:alice@contoso.com", "XMPP001.RemoveXmpp"),
            ],
            offered);
    }

    [Fact]
    public async Task A_teams_planned_move_is_one_diagnostic_whose_fixes_name_the_team()
    {
        var offered = await OfferedFixes.ForAsync<UserXmppFixProvider>(Pools, Topology("""
                    users.Users(Team).HomedOn(Pools.Fe2015).MoveTo(Pools.Fe2019).Xmpp();
            """));

        Assert.Equal(
            [
                ("Cancel the planned move of 2 users", "XMPP001.Preferred"),
                ("Move 2 users to legacy pool fe13.contoso.com instead", "XMPP001.Retarget.1"),
                ("Remove XMPP federation from 2 users", "XMPP001.RemoveXmpp"),
            ],
            offered);
    }

    [Fact]
    public Task One_fix_at_a_teams_call_moves_the_whole_team_to_another_legacy_pool() => VerifyFix.Apply<UserXmppFixProvider>(
        "XMPP001.Retarget.1",
        [Pools, Topology("""
                    users.Users(Team).HomedOn(Pools.Fe2015).{|XMPP001:MoveTo(Pools.Fe2019)|}.Xmpp(); // wave 2
            """)],
        [Pools, Topology("""
                    users.Users(Team).HomedOn(Pools.Fe2015).MoveTo(Pools.Fe2013).Xmpp(); // wave 2
            """)]);

    [Fact]
    public Task One_fix_at_a_teams_call_keeps_the_whole_team_on_the_nearest_legacy_pool() => VerifyFix.Apply<UserXmppFixProvider>(
        "XMPP001.Preferred",
        [Pools, Topology("""
                    users.Users(Team).Xmpp().{|XMPP001:HomedOn(Pools.Fe2019)|};
                    users.Users(["sip:fay@contoso.com", "sip:gus@contoso.com", "sip:hal@contoso.com", "sip:ida@contoso.com"]).{|XMPP001:HomedOn(Pools.Fe2019)|}.Xmpp();
            """)],
        [Pools, Topology("""
                    users.Users(Team).Xmpp().HomedOn(Pools.Fe2015);
                    users.Users(["sip:fay@contoso.com", "sip:gus@contoso.com", "sip:hal@contoso.com", "sip:ida@contoso.com"]).HomedOn(Pools.Fe2015).Xmpp();
            """)],
        iterations: 2);

    [Fact]
    public Task Fix_all_gives_each_xmpp_user_its_preferred_fix() => VerifyFix.Apply<UserXmppFixProvider>(
        "XMPP001.Preferred",
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").{|XMPP001:HomedOn(Pools.Fe2019)|}.Xmpp();
                    users.User("sip:carol@contoso.com").HomedOn(Pools.Fe2015).Xmpp().{|XMPP001:MoveTo(Pools.Fe2019)|};
                    users.Users(Team).HomedOn(Pools.Fe2013).{|XMPP001:MoveTo(Pools.Fe2019)|}.Xmpp(); // one fix for the group
            """)],
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2015).Xmpp();
                    users.User("sip:carol@contoso.com").HomedOn(Pools.Fe2015).Xmpp();
                    users.Users(Team).HomedOn(Pools.Fe2013).Xmpp(); // one fix for the group
            """)],
        iterations: 3);
}
