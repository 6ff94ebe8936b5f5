using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Dsl;

/// <summary>
/// A static PoolRef field or property of the compilation, as users files name it (Type.Member):
/// the key lines name it by; whether every type of the assembly may name it (internal or public all the
/// way out), which spares asking per file; and its number in this compilation, by which a tree's
/// lines find its value without hashing (<see cref="UserLines.Builder.Handle"/>).
/// </summary>
internal sealed record PoolHandle(ISymbol Member, PoolHandleKey Key, bool AccessibleInAssembly, int Index);
