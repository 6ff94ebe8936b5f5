namespace XmppTopology;

/// <summary>
/// A reference by name from one element to another (a user's home pool, a site's federation
/// route). <see cref="Name"/> is null when the compile-time analyzer could not know it.
/// </summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed record Reference(string? Name, Origin? Origin = null)
{
    /// <inheritdoc />
    public override string ToString() => Name ?? "(not known at compile time)";
}
