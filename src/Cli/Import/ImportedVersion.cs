namespace XmppTopology.Cli.Import;

/// <summary>
/// The product a service runs, by Topology Builder's <c>ServiceVersion</c>: 5 Lync Server 2010,
/// 6 Lync Server 2013, 7 Skype for Business Server 2015, 8 Skype for Business Server 2019. The names
/// are the DSL's <c>ProductVersion</c> members, except Lync Server 2010, which the DSL has none for:
/// Microsoft's migration to Skype for Business Server 2019 starts from Lync Server 2013 or Skype for
/// Business Server 2015, so a 2010 pool is moved off and removed before 2019 joins the topology.
/// </summary>
internal enum ImportedVersion
{
    LyncServer2010,
    LyncServer2013,
    SkypeForBusiness2015,
    SkypeForBusiness2019,
}
