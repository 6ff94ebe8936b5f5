namespace XmppTopology.Analyzers.Facts;

/// <summary>A field or property declared in this tree whose value may name a pool, a SIP address or a setting.</summary>
internal sealed record DefinitionFact(string SymbolKey, Value Value, DefinitionKind Kind);
