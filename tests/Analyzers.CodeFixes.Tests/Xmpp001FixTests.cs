using System.Threading.Tasks;
using XmppTopology.Rules;

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

            static void Plan(UserPlan users)
            {
        {{users}}
            }
        }
        """;

    [Fact]
    public Task Keep_on_the_nearest_legacy_pool_uses_the_pools_handle() => VerifyFix.Apply<ReplaceReferenceFixProvider>(
        $"{RuleIds.Xmpp001}.Retarget.1",
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
    public Task The_second_action_is_the_next_nearest_legacy_pool_in_another_site() => VerifyFix.Apply<ReplaceReferenceFixProvider>(
        $"{RuleIds.Xmpp001}.Retarget.2",
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").{|XMPP001:HomedOn(Pools.Fe2019)|}.Xmpp();
            """)],
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2013).Xmpp();
            """)]);

    [Fact]
    public Task A_string_reference_is_replaced_by_a_string() => VerifyFix.Apply<ReplaceReferenceFixProvider>(
        $"{RuleIds.Xmpp001}.Retarget.1",
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").Xmpp().{|XMPP001:MoveTo("fe19.contoso.com")|};
            """)],
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").Xmpp().MoveTo("fe15.contoso.com");
            """)]);

    [Fact]
    public Task Remove_xmpp_turns_the_users_own_setting_off() => VerifyFix.Apply<UserXmppFixProvider>(
        $"{RuleIds.Xmpp001}.RemoveXmpp",
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").{|XMPP001:HomedOn(Pools.Fe2019)|}.Xmpp();
            """)],
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2019).Xmpp(false);
            """)]);

    [Fact]
    public Task Cancel_the_planned_move_drops_MoveTo_and_keeps_the_comments() => VerifyFix.Apply<UserXmppFixProvider>(
        $"{RuleIds.Xmpp001}.CancelMove",
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
    public Task Fix_all_keeps_every_xmpp_user_on_a_legacy_pool() => VerifyFix.Apply<ReplaceReferenceFixProvider>(
        $"{RuleIds.Xmpp001}.Retarget.1",
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").{|XMPP001:HomedOn(Pools.Fe2019)|}.Xmpp();
                    users.User("sip:carol@contoso.com").Xmpp().{|XMPP001:MoveTo(Pools.Fe2019)|};
            """)],
        [Pools, Topology("""
                    users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2015).Xmpp();
                    users.User("sip:carol@contoso.com").Xmpp().MoveTo(Pools.Fe2015);
            """)],
        iterations: 2);
}
