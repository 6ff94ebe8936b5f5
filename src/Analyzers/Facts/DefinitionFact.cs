namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// A field or property declared in this tree whose value may name a pool, a SIP address or a
/// setting; with its type's key and its name, by which other trees' <see cref="Mutations"/> say
/// whether they may change it.
/// </summary>
internal sealed record DefinitionFact(string SymbolKey, Value Value, DefinitionKind Kind, string TypeKey, string Name);
