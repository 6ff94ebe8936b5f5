namespace Company.Topology;

using XmppTopology;

/// <summary>Who is homed where, and who moves: XMPP users stay on a legacy pool.</summary>
public static class Users
{
    public static void Plan(UserPlan users)
    {
        users.User("sip:alice@contoso.com").HomedOn(Pools.Fe2015).Xmpp();
        users.User("sip:bob@contoso.com").HomedOn(Pools.Fe2015).MoveTo(Pools.Fe2019);
    }
}
