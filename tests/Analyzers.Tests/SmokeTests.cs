using System.Threading.Tasks;

namespace XmppTopology.Analyzers.Tests;

public class SmokeTests
{
    [Fact]
    public Task An_xmpp_user_homed_on_a_2019_pool_is_an_error_at_HomedOn() => Verify.Analyzer("""
        static class Contoso
        {
            static readonly PoolRef Fe2019 = new("fe19.contoso.com");

            public static Topology Build() => Topology.Define("contoso.com", t => t
                .CentralSite("Redmond", site => site
                    .FrontEndPool("fe15.contoso.com", ProductVersion.SkypeForBusiness2015)
                    .FrontEndPool(Fe2019, ProductVersion.SkypeForBusiness2019)
                    .EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, e => e.XmppProxy()))
                .Users(users => users.User("sip:alice@contoso.com").{|XMPP001:HomedOn(Fe2019)|}.Xmpp()));
        }
        """);
}
