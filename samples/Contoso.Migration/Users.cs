using XmppTopology;

namespace Contoso.Migration;

/// <summary>Where Contoso's users are homed today, and where the migration moves them.</summary>
internal static class Users
{
    // Sales federates with partners over XMPP: they stay on the legacy 2015 pool.
    private static readonly string[] Sales =
    [
        "sip:adele.vance@contoso.com", "sip:alex.wilber@contoso.com", "sip:allan.deyoung@contoso.com",
        "sip:bianca.pisani@contoso.com", "sip:brian.johnson@contoso.com", "sip:cameron.white@contoso.com",
        "sip:christie.cline@contoso.com", "sip:conf.room@contoso.com", "sip:debra.berger@contoso.com",
        "sip:delia.dennis@contoso.com", "sip:diego.siciliani@contoso.com", "sip:emily.braun@contoso.com",
    ];

    // Engineering has no XMPP: it moves to the 2019 pool.
    private static readonly string[] Engineering =
    [
        "sip:enrico.cattaneo@contoso.com", "sip:gerhart.moller@contoso.com", "sip:grady.archie@contoso.com",
        "sip:henrietta.mueller@contoso.com", "sip:irvin.sayers@contoso.com", "sip:isaiah.langer@contoso.com",
        "sip:johanna.lorenz@contoso.com", "sip:joni.sherman@contoso.com", "sip:lee.gu@contoso.com",
        "sip:lidia.holloway@contoso.com", "sip:lynne.robbins@contoso.com", "sip:mallory.cortez@contoso.com",
        "sip:megan.bowen@contoso.com", "sip:miriam.graham@contoso.com",
    ];

    // Dublin's Lync 2013 pool is being emptied: its users move to the 2019 pilot pool.
    private static readonly string[] Dublin =
    [
        "sip:nestor.wilke@contoso.com", "sip:patti.fernandez@contoso.com", "sip:pradeep.gupta@contoso.com",
        "sip:raul.razo@contoso.com", "sip:reed.koch@contoso.com", "sip:sean.ryan@contoso.com",
        "sip:sian.morgan@contoso.com", "sip:tristan.ortiz@contoso.com", "sip:una.stevens@contoso.com",
        "sip:vanessa.king@contoso.com", "sip:wendy.chen@contoso.com", "sip:xavier.ross@contoso.com",
    ];

    // Dublin's XMPP users leave the Lync 2013 pool for the 2015 Standard Edition server.
    private static readonly string[] DublinXmpp =
    [
        "sip:yara.haddad@contoso.com", "sip:zoe.martin@contoso.com", "sip:aaron.pike@contoso.com",
        "sip:beth.nolan@contoso.com", "sip:carl.frost@contoso.com",
    ];

    // Tukwila's branch users, homed on the survivable branch appliance, without XMPP.
    private static readonly string[] Tukwila =
    [
        "sip:dina.shah@contoso.com", "sip:ed.lowe@contoso.com", "sip:fay.green@contoso.com",
        "sip:gus.hale@contoso.com", "sip:hana.ito@contoso.com",
    ];

    public static void Plan(UserPlan users)
    {
        users.Users(Sales).HomedOn(Pools.RedmondFe2015).ExternalAccessPolicy(ContosoTopology.XmppPolicy);
        users.Users(Engineering).HomedOn(Pools.RedmondFe2015).MoveTo(Pools.RedmondFe2019);
        users.Users(Dublin).HomedOn(Pools.DublinFe2013).MoveTo(Pools.DublinFe2019);
        users.Users(DublinXmpp).HomedOn(Pools.DublinFe2013).MoveTo(Pools.DublinSe2015).Xmpp();
        users.Users(Tukwila).HomedOn(Pools.TukwilaSba);

        // The CEO's assistant federates with a partner over XMPP and keeps a legacy home.
        users.User("sip:kim.akers@contoso.com").HomedOn(Pools.RedmondFe2015).Xmpp();
        users.User("sip:lars.olsen@contoso.com").HomedOn(Pools.RedmondFe2019);
    }
}
