using System;
using System.Text.RegularExpressions;

namespace XmppTopology.Cli.Tests;

/// <summary>Hand-made variations of the Contoso file: versions, Directors, branch sites, the published format.</summary>
public class VariationTests
{
    private const string FrontEndUserServices = "RoleName=\"UserServices\" RoleVersion=\"2\" InstalledOn=\"01743022-c22c-4816-abca-259cf33dd5b8\" ServiceVersion=\"7\"";

    [Theory]
    [InlineData("8", "SkypeForBusiness2019")]
    [InlineData("6", "LyncServer2013")]
    public void The_service_version_gives_the_product_version(string serviceVersion, string productVersion)
    {
        var file = ImportFixtures.Contoso
            .Replace(FrontEndUserServices, FrontEndUserServices.Replace("ServiceVersion=\"7\"", $"ServiceVersion=\"{serviceVersion}\"", StringComparison.Ordinal), StringComparison.Ordinal);

        var code = ImportFixtures.Import(file);

        Assert.Contains($".FrontEndPool(Frontendpool, ProductVersion.{productVersion}", code);
        Assert.Contains(".EdgePool(Edgepool, ProductVersion.SkypeForBusiness2015", code);
    }

    [Fact]
    public void An_unknown_service_version_is_an_error_naming_the_value_and_its_line()
    {
        var file = ImportFixtures.Contoso.Replace(FrontEndUserServices, FrontEndUserServices.Replace("ServiceVersion=\"7\"", "ServiceVersion=\"9\"", StringComparison.Ordinal), StringComparison.Ordinal);

        var (exitCode, output, error) = ImportFixtures.Run("import", ImportFixtures.WriteFile(file));

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Matches(new Regex(@"ServiceVersion '9' of the UserServices service on frontendpool\.contoso\.com is not a known product version .*\(line \d+, position \d+\)"), error);
    }

    [Fact]
    public void A_registrar_marked_as_director_is_a_Director_pool()
    {
        var file = ImportFixtures.Contoso
            .Replace(FrontEndUserServices, FrontEndUserServices.Replace("01743022-c22c-4816-abca-259cf33dd5b8", "not-here", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("""<RegistrarService IsDirector="false" """, """<RegistrarService IsDirector="true" """, StringComparison.Ordinal);

        var code = ImportFixtures.Import(file);

        Assert.Contains(".DirectorPool(Frontendpool, ProductVersion.SkypeForBusiness2015", code);
    }

    [Fact]
    public void A_registrar_port_alone_does_not_turn_xmpp_on()
    {
        var code = ImportFixtures.Import(ImportFixtures.Contoso);

        Assert.Single(Regex.Matches(code, @"\.XmppProxy\(\)"));
    }

    [Fact]
    public void An_edge_without_the_xmpp_federation_proxy_ports_has_no_xmpp_proxy()
    {
        var file = ImportFixtures.Contoso.Replace("urn:component:XmppFederationProxy", "urn:component:SomethingElse", StringComparison.Ordinal);

        Assert.DoesNotContain(".XmppProxy()", ImportFixtures.Import(file));
    }

    [Fact]
    public void A_branch_site_with_a_registrar_is_a_branch_with_a_survivable_branch_appliance()
    {
        var branch = """
            <RemoteSites>
                      <RemoteSite SiteId="2">
                        <Name xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">Tukwila</Name>
                        <Clusters>
                          <Cluster IsSingleMachineOnly="true" UniqueId="aaaaaaaa-0000-0000-0000-000000000001" Fqdn="sba.contoso.com">
                            <Machines><Machine Fqdn="sba.contoso.com" /></Machines>
                          </Cluster>
                        </Clusters>
                      </RemoteSite>
                    </RemoteSites>
            """;
        var service = """<Service UniqueId="aaaaaaaa-0000-0000-0000-000000000002" RoleName="Registrar" RoleVersion="2" InstalledOn="aaaaaaaa-0000-0000-0000-000000000001" ServiceVersion="7" />""";
        var file = ImportFixtures.Contoso
            .Replace("<RemoteSites />", branch, StringComparison.Ordinal)
            .Replace("<Services>", "<Services>\n        " + service, StringComparison.Ordinal);

        var code = ImportFixtures.Import(file);

        Assert.Contains(""".BranchSite("Tukwila", branch => branch""", code);
        Assert.Contains(".SurvivableBranchAppliance(Sba, ProductVersion.SkypeForBusiness2015)", code);
    }

    [Fact]
    public void The_published_topology_format_is_read_too()
    {
        const string published = """
            <?xml version="1.0" encoding="utf-8"?>
            <Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">
              <InternalDomains AllowAllDomains="false" DefaultDomain="fabrikam.com">
                <InternalDomain Name="fabrikam.com" Authoritative="false" AllowSubDomains="false" />
              </InternalDomains>
              <Sites>
                <CentralSite SiteId="1"><Name>Amsterdam</Name></CentralSite>
              </Sites>
              <Clusters>
                <Cluster RequiresReplication="true" RequiresSetup="true" Fqdn="fe19.fabrikam.com">
                  <ClusterId SiteId="1" Number="1" />
                  <Machine OrdinalInCluster="1" Fqdn="fe19-01.fabrikam.com" />
                  <Machine OrdinalInCluster="2" Fqdn="fe19-02.fabrikam.com" />
                </Cluster>
                <Cluster RequiresReplication="true" RequiresSetup="true" Fqdn="edge15.fabrikam.com">
                  <ClusterId SiteId="1" Number="2" />
                  <Machine OrdinalInCluster="1" Fqdn="edge15-01.fabrikam.com" />
                </Cluster>
              </Clusters>
              <Services>
                <Service RoleVersion="1" ServiceVersion="8">
                  <ServiceId SiteId="1" RoleName="UserServices" Instance="1" />
                  <InstalledOn><ClusterId SiteId="1" Number="1" /></InstalledOn>
                </Service>
                <Service RoleVersion="1" ServiceVersion="7">
                  <ServiceId SiteId="1" RoleName="EdgeServer" Instance="1" />
                  <InstalledOn><ClusterId SiteId="1" Number="2" /></InstalledOn>
                  <Ports xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008">
                    <Port Owner="urn:component:XmppFederationProxy" Usage="XmppServer" InterfaceSide="External" InterfaceNumber="1" Port="5269" Protocol="Tls" />
                  </Ports>
                </Service>
              </Services>
            </Topology>
            """;

        var code = ImportFixtures.Import(published);

        Assert.Contains("""Topology.Define("fabrikam.com", t => t""", code);
        Assert.Contains(""".CentralSite("Amsterdam", site => site""", code);
        Assert.Contains(".FrontEndPool(Fe19, ProductVersion.SkypeForBusiness2019", code);
        Assert.Contains(""".Machines("fe19-01.fabrikam.com", "fe19-02.fabrikam.com")""", code);
        Assert.Contains(".EdgePool(Edge15, ProductVersion.SkypeForBusiness2015", code);
        Assert.Contains(".XmppProxy()", code);
    }
}
