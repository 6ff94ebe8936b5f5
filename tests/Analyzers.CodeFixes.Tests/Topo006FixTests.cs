using System.Threading.Tasks;

namespace XmppTopology.Analyzers.CodeFixes.Tests;

/// <summary>
/// TOPO006: the later declaration of a user declared twice goes when both say the same (its
/// statement, or its item of a list written in the call); no fix when they conflict.
/// </summary>
public class Topo006FixTests
{
    private const string Pools = """
        static class Pools
        {
            public static readonly PoolRef Fe15 = new("fe15.contoso.com");
            public static readonly PoolRef Fe19 = new("fe19.contoso.com");
        }
        """;

    private static string Topology(string users) => $$"""
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool(Pools.Fe15, ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool(Pools.Fe19, ProductVersion.SkypeForBusiness2019))
                .Users(users =>
                {
        {{users}}
                }));
        }
        """;

    [Fact]
    public Task The_later_statement_goes_and_its_comments_stay_on_their_own_lines() => VerifyFix.Apply<RemoveUserDeclarationFixProvider>(
        "TOPO006.Preferred",
        [Pools, Topology("""
                    // Sales
                    users.User("sip:Pat@contoso.com").HomedOn(Pools.Fe15).MoveTo(Pools.Fe19);
                    // entered again by the import
                    users.User({|TOPO006:"sip:pat@contoso.com"|})
                        .HomedOn(Pools.Fe15) // today
                        .MoveTo(Pools.Fe19); // wave 2
                    users.User("sip:quinn@contoso.com").HomedOn(Pools.Fe15);
        """)],
        [Pools, Topology("""
                    // Sales
                    users.User("sip:Pat@contoso.com").HomedOn(Pools.Fe15).MoveTo(Pools.Fe19);
                    // entered again by the import
                    // today
                    // wave 2
                    users.User("sip:quinn@contoso.com").HomedOn(Pools.Fe15);
        """)]);

    [Fact]
    public Task A_later_statement_without_comments_goes_with_its_line_in_another_file() => VerifyFix.Apply<RemoveUserDeclarationFixProvider>(
        "TOPO006.Preferred",
        [
            Pools,
            Topology("""
                    users.User("sip:rita@contoso.com").HomedOn(Pools.Fe15);
                    Team.Plan(users);
        """),
            """
            static class Team
            {
                public static void Plan(UserPlan users)
                {
                    users.User("sip:sam@contoso.com").HomedOn(Pools.Fe15);
                    users.User({|TOPO006:"SIP:Rita@Contoso.com"|}).HomedOn("FE15.contoso.com");
                }
            }
            """,
        ],
        [
            Pools,
            Topology("""
                    users.User("sip:rita@contoso.com").HomedOn(Pools.Fe15);
                    Team.Plan(users);
        """),
            """
            static class Team
            {
                public static void Plan(UserPlan users)
                {
                    users.User("sip:sam@contoso.com").HomedOn(Pools.Fe15);
                }
            }
            """,
        ]);

    [Fact]
    public Task An_item_of_a_list_written_in_the_call_goes_from_the_list() => VerifyFix.Apply<RemoveUserDeclarationFixProvider>(
        "TOPO006.Preferred",
        [Pools, Topology("""
                    users.Users(["sip:tina@contoso.com", "sip:uma@contoso.com"]).HomedOn(Pools.Fe15);
                    users.Users(["sip:vic@contoso.com", {|TOPO006:"sip:Uma@contoso.com"|}, "sip:walt@contoso.com"]).HomedOn(Pools.Fe15);
                    users.Users(new[] { "sip:xena@contoso.com", {|TOPO006:"sip:TINA@contoso.com"|} }).HomedOn(Pools.Fe15);
        """)],
        [Pools, Topology("""
                    users.Users(["sip:tina@contoso.com", "sip:uma@contoso.com"]).HomedOn(Pools.Fe15);
                    users.Users(["sip:vic@contoso.com", "sip:walt@contoso.com"]).HomedOn(Pools.Fe15);
                    users.Users(new[] { "sip:xena@contoso.com" }).HomedOn(Pools.Fe15);
        """)],
        iterations: 2);

    [Fact]
    public Task The_only_item_of_a_list_goes_with_its_statement() => VerifyFix.Apply<RemoveUserDeclarationFixProvider>(
        "TOPO006.Preferred",
        [Pools, Topology("""
                    users.User("sip:yves@contoso.com").HomedOn(Pools.Fe15).Xmpp(false);
                    users.Users([{|TOPO006:"sip:yves@contoso.com"|}]).Xmpp(false).HomedOn(Pools.Fe15);
        """)],
        [Pools, Topology("""
                    users.User("sip:yves@contoso.com").HomedOn(Pools.Fe15).Xmpp(false);
        """)]);

    [Fact]
    public Task Fix_all_removes_every_later_declaration() => VerifyFix.Apply<RemoveUserDeclarationFixProvider>(
        "TOPO006.Preferred",
        [Pools, Topology("""
                    users.User("sip:zoe@contoso.com").HomedOn(Pools.Fe15);
                    users.User({|TOPO006:"sip:Zoe@contoso.com"|}).HomedOn(Pools.Fe15);
                    users.User({|TOPO006:"sip:ZOE@contoso.com"|}).HomedOn(Pools.Fe15);
                    users.User("sip:abe@contoso.com").HomedOn(Pools.Fe15);
                    users.User({|TOPO006:"sip:abe@contoso.com"|}).HomedOn(Pools.Fe15);
        """)],
        [Pools, Topology("""
                    users.User("sip:zoe@contoso.com").HomedOn(Pools.Fe15);
                    users.User("sip:abe@contoso.com").HomedOn(Pools.Fe15);
        """)],
        iterations: 3);

    [Fact]
    public Task Declarations_that_conflict_have_no_fix() => VerifyFix.None<RemoveUserDeclarationFixProvider>(Pools + "\n" + Topology("""
                    users.User("sip:bea@contoso.com").HomedOn(Pools.Fe15).Xmpp(false);
                    users.User({|TOPO006:"sip:bea@contoso.com"|}).HomedOn(Pools.Fe15);
                    users.User("sip:cy@contoso.com").HomedOn(Pools.Fe15);
                    users.User({|TOPO006:"sip:cy@contoso.com"|}).HomedOn(Pools.Fe15).MoveTo(Pools.Fe19);
        """));

    [Fact]
    public Task An_item_of_a_list_held_in_a_field_has_no_fix_other_calls_may_use_the_list() => VerifyFix.None<RemoveUserDeclarationFixProvider>(Pools + "\n" + """
        static class Teams
        {
            public static readonly string[] Sales = ["sip:dan@contoso.com", {|TOPO006:"sip:eve@contoso.com"|}];
        }
        """ + "\n" + Topology("""
                    users.User("sip:eve@contoso.com").HomedOn(Pools.Fe15);
                    users.Users(Teams.Sales).HomedOn(Pools.Fe15);
        """));

    [Fact]
    public Task A_plan_handed_on_twice_has_no_fix_its_one_line_declares_both() => VerifyFix.None<RemoveUserDeclarationFixProvider>(Pools + "\n" + """
        static class Contoso
        {
            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site.FrontEndPool(Pools.Fe15, ProductVersion.SkypeForBusiness2015))
                .Users(Plan)
                .Users(Plan));

            static void Plan(UserPlan users) => users.User({|TOPO006:"sip:fred@contoso.com"|}).HomedOn(Pools.Fe15);
        }
        """);
}
