using System;
using System.Collections.Generic;

namespace XmppTopology;

/// <summary>
/// One argument of a DSL method: its position, what it is called where its value is not known
/// (TOPO005 names it), and what it is. An optional flag also says the value its call means
/// when it is left out (<c>Xmpp()</c> is <c>Xmpp(true)</c>).
/// </summary>
internal abstract class DslArgument(int ordinal, string what, DslValueKind kind, bool? whenOmitted)
{
    public int Ordinal { get; } = ordinal;

    public string What { get; } = what;

    public DslValueKind Kind { get; } = kind;

    /// <summary>For an optional flag, its value when the call leaves it out; null for an argument every call gives.</summary>
    public bool? WhenOmitted { get; } = whenOmitted;

    public static DslArgument<string?> Text(int ordinal, string what) => new(ordinal, what, DslValueKind.Text, null, static (arguments, argument) => arguments.Text(argument.Ordinal, argument.What));

    public static DslArgument<string?> Pool(int ordinal, string what) => new(ordinal, what, DslValueKind.Pool, null, static (arguments, argument) => arguments.Text(argument.Ordinal, argument.What));

    public static DslArgument<bool?> Flag(int ordinal, string what, bool? whenOmitted = null) => new(ordinal, what, DslValueKind.Flag, whenOmitted, static (arguments, argument) => arguments.Flag(argument.Ordinal, argument.What));

    public static DslArgument<TEnum?> Choice<TEnum>(int ordinal, string what)
        where TEnum : struct, Enum =>
        new(ordinal, what, DslValueKind.Choice, null, static (arguments, argument) => arguments.Choice<TEnum>(argument.Ordinal, argument.What));

    public static DslArgument<IReadOnlyList<string>?> Texts(int ordinal, string what) => new(ordinal, what, DslValueKind.Texts, null, static (arguments, argument) => arguments.Texts(argument.Ordinal, argument.What));
}

/// <summary>An argument whose value, as a reader knows it, is a <typeparamref name="TValue"/>.</summary>
internal sealed class DslArgument<TValue>(int ordinal, string what, DslValueKind kind, bool? whenOmitted, Func<IDslArguments, DslArgument, TValue> read)
    : DslArgument(ordinal, what, kind, whenOmitted)
{
    /// <summary>This argument's value among a call's arguments.</summary>
    public TValue Read(IDslArguments arguments) => read(arguments, this);
}
