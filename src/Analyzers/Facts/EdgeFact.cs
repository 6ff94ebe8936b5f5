namespace XmppTopology.Analyzers.Facts;

/// <summary>A builder passed to a source method (directly or as a DSL callback's method group).</summary>
internal sealed record EdgeFact(string MethodKey, int Ordinal, Instance Argument);
