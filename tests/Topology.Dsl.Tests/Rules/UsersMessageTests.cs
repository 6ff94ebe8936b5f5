using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using XmppTopology.Rules;
using static XmppTopology.Tests.Rules.Topologies;

namespace XmppTopology.Tests.Rules;

/// <summary>
/// The users one call declares share their settings: a per-user rule says the same of each but
/// for the user it names, which is what lets the analyzer report the rule once for the call, with
/// the rule's message about users (Validate() keeps a finding per user).
/// </summary>
public class UsersMessageTests
{
    private static readonly string[] Team = ["sip:ann@contoso.com", "sip:bob@contoso.com", "sip:cid@contoso.com"];

    // The team again, under other names: "sip:ann2@contoso.com"…
    private static IEnumerable<string> Renamed(int call) => Team.Select(sip => sip.Replace("@", $"{call}@", StringComparison.Ordinal));

    [Fact]
    public void Users_with_the_same_settings_get_the_same_findings_but_for_the_user_named_by_a_rule_with_a_message_about_users()
    {
        var topology = Coexistence(
            users: u =>
            {
                u.Users(Team).HomedOn(RedmondFe2019).Xmpp();
                u.Users(Renamed(2)).HomedOn(RedmondFe2015).Xmpp().MoveTo(DublinFe2019);
                u.Users(Renamed(3)).HomedOn(TukwilaSba).Xmpp();
                u.Users(Renamed(4)).HomedOn(DublinFe2013);
                u.Users(Renamed(5)).HomedOn("fe99.contoso.com").ExternalAccessPolicy("Nobody");
            },
            dublinFe2013: fe => fe.MarkForRemoval());
        var context = new RuleContext(topology);
        var reached = new HashSet<string>();

        foreach (var call in topology.Users.Chunk(Team.Length))
        {
            var findings = call.Select(user => TopologyRules.EvaluateUser(context, user).ToList()).ToList();
            Assert.NotEmpty(findings[0]);
            for (var user = 0; user < call.Length; user++)
            {
                Assert.Equal(findings[0].Count, findings[user].Count);
                foreach (var (first, other) in findings[0].Zip(findings[user]))
                {
                    reached.Add(first.RuleId);
                    var aboutUsers = RuleCatalog.All.Single(rule => rule.Id == first.RuleId).UsersMessageFormat is not null;
                    Assert.Equal((first.RuleId, first.Origin), (other.RuleId, other.Origin));
                    Assert.Equal(first.FixTargets, other.FixTargets);
                    Assert.Equal(first.MessageArguments.Skip(aboutUsers ? 1 : 0), other.MessageArguments.Skip(aboutUsers ? 1 : 0));
                    Assert.Equal(aboutUsers ? call[user].SipAddress : first.Element, other.Element);
                    Assert.Equal(aboutUsers ? call[user].SipAddress : first.MessageArguments[0], other.MessageArguments[0]);
                }
            }
        }

        Assert.Equal([RuleIds.Topo001, RuleIds.Topo003, RuleIds.Xmpp001, RuleIds.Xmpp007], reached.Order(StringComparer.Ordinal));
        Assert.Equal([RuleIds.Xmpp001, RuleIds.Xmpp007, RuleIds.Topo003], RuleCatalog.All.Where(rule => rule.UsersMessageFormat is not null).Select(rule => rule.Id));
    }

    [Theory]
    [InlineData(2, "'sip:ann@contoso.com' and 'sip:bob@contoso.com'")]
    [InlineData(3, "'sip:ann@contoso.com', 'sip:bob@contoso.com' and 'sip:cid@contoso.com'")]
    [InlineData(4, "'sip:ann@contoso.com', 'sip:bob@contoso.com', 'sip:cid@contoso.com' and 1 more")]
    [InlineData(50, "'sip:ann@contoso.com', 'sip:bob@contoso.com', 'sip:cid@contoso.com' and 47 more")]
    public void The_message_about_users_counts_them_and_names_the_first_three(int count, string named)
    {
        var users = Team.Concat(Enumerable.Range(4, Math.Max(0, count - Team.Length)).Select(n => $"sip:user{n}@contoso.com")).Take(count).ToList();
        var finding = Coexistence(users: u => u.Users(users).HomedOn(RedmondFe2015).Xmpp().MoveTo(RedmondFe2019)).FindingsOf(RuleIds.Xmpp001)[0];

        var arguments = RuleDescriptor.UsersArguments(finding, count, users);

        Assert.Equal(
            $"{count} users federate with XMPP but are planned to move to 'fe19-red.contoso.com', a Skype for Business Server 2019 pool; XMPP users must stay on a legacy pool: {named}",
            string.Format(CultureInfo.InvariantCulture, RuleCatalog.Xmpp001.UsersMessageFormat!, arguments));
    }

    [Fact]
    public void Each_message_about_users_says_what_the_message_about_one_user_says()
    {
        var xmpp007 = Coexistence(users: u => u.Users(Team).HomedOn(TukwilaSba).Xmpp()).FindingsOf(RuleIds.Xmpp007)[0];
        var topo003 = Coexistence(users: u => u.Users(Team).HomedOn(DublinFe2013), dublinFe2013: fe => fe.MarkForRemoval()).FindingsOf(RuleIds.Topo003)[0];

        Assert.Equal(
            "3 users federate with XMPP but are homed on 'sba-tuk.contoso.com', a Survivable Branch Appliance; XMPP is not supported for users homed on survivable branch appliances: 'sip:ann@contoso.com', 'sip:bob@contoso.com' and 'sip:cid@contoso.com'",
            string.Format(CultureInfo.InvariantCulture, RuleCatalog.Xmpp007.UsersMessageFormat!, RuleDescriptor.UsersArguments(xmpp007, 3, Team)));
        Assert.Equal(
            "3 users are left on or moved to 'fe13-dub.contoso.com', which is marked for removal; a pool must be empty before it is decommissioned: 'sip:ann@contoso.com', 'sip:bob@contoso.com' and 'sip:cid@contoso.com'",
            string.Format(CultureInfo.InvariantCulture, RuleCatalog.Topo003.UsersMessageFormat!, RuleDescriptor.UsersArguments(topo003, 3, Team)));
    }
}
