using System;
using System.Collections.Generic;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// A DSL call's arguments as the analyzer knows them: its facts' values, resolved across trees.
/// What the DSL's description reads when the analyzer builds the model through it; a value that
/// is not known is recorded by the resolver (TOPO005) and read as null.
/// </summary>
internal sealed class CallArguments(TreeFacts tree, CallFact call, ValueResolver values) : IDslArguments
{
    public string? Text(int ordinal, string what) => values.String(tree, At(ordinal), what);

    public bool? Flag(int ordinal, string what) => values.Boolean(tree, At(ordinal), what);

    public TEnum? Choice<TEnum>(int ordinal, string what)
        where TEnum : struct, Enum =>
        values.Enum<TEnum>(tree, At(ordinal), what);

    public IReadOnlyList<string>? Texts(int ordinal, string what) => values.Strings(tree, At(ordinal), what);

    private Value? At(int ordinal) => ordinal < call.Arguments.Length ? call.Arguments[ordinal] : null;
}
