using System;

namespace XmppTopology;

/// <summary>A call that changes the <typeparamref name="TElement"/> its builder holds.</summary>
internal abstract class DslSetting<TElement>(DslMethod method, Type builder, string name, params DslArgument[] arguments)
    : DslMethodDescription(method, builder, name, DslMethodKind.Sets, arguments)
{
    /// <summary>The element after the call, its argument as <paramref name="arguments"/> know it; <paramref name="origin"/> is where the call is.</summary>
    public abstract TElement Apply(TElement element, IDslArguments arguments, Origin? origin);
}

/// <summary>A setting with one argument, a <typeparamref name="TValue"/>.</summary>
internal sealed class DslSetting<TElement, TValue>(DslMethod method, Type builder, string name, DslArgument<TValue> argument, Func<TElement, TValue, Origin?, TElement> apply)
    : DslSetting<TElement>(method, builder, name, argument)
{
    public DslArgument<TValue> Argument { get; } = argument;

    /// <summary>The element after the call with <paramref name="value"/>.</summary>
    public TElement Apply(TElement element, TValue value, Origin? origin = null) => apply(element, value, origin);

    public override TElement Apply(TElement element, IDslArguments arguments, Origin? origin) => apply(element, Argument.Read(arguments), origin);
}

/// <summary>A setting without arguments: <c>MarkForRemoval()</c>.</summary>
internal sealed class DslSettingWithoutArgument<TElement>(DslMethod method, Type builder, string name, Func<TElement, Origin?, TElement> apply)
    : DslSetting<TElement>(method, builder, name)
{
    /// <summary>The element after the call.</summary>
    public TElement Apply(TElement element, Origin? origin = null) => apply(element, origin);

    public override TElement Apply(TElement element, IDslArguments arguments, Origin? origin) => apply(element, origin);
}
