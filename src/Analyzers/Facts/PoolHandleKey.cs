namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// A pool handle (a static PoolRef field or property) as a users line names it: its symbol key,
/// resolved when the trees are joined. One object per handle, shared by every line naming it.
/// </summary>
internal sealed record PoolHandleKey(string SymbolKey);
