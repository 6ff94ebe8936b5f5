namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// A builder passed to a source method (directly, or as a DSL callback's method group) at
/// <paramref name="Position"/>: where the method's DSL calls run.
/// </summary>
internal sealed record EdgeFact(string MethodKey, int Ordinal, Instance Argument, int Position);
