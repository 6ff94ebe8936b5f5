using System;
using System.Collections.Generic;

namespace XmppTopology;

/// <summary>
/// One method of the DSL, described once (<see cref="DslMethods"/>): the builder that declares it,
/// its name, what kind of call it is and its arguments. Subclasses say what it does to the model;
/// the runtime builders and the analyzer both build the model through them.
/// </summary>
internal abstract class DslMethodDescription(DslMethod method, Type builder, string name, DslMethodKind kind, params DslArgument[] arguments)
{
    public DslMethod Method { get; } = method;

    /// <summary>The type that declares the method: a builder, or <see cref="Topology"/> for <c>Define</c>.</summary>
    public Type Builder { get; } = builder;

    public string Name { get; } = name;

    public DslMethodKind Kind { get; } = kind;

    /// <summary>The arguments that are values, by ordinal among the method's parameters (callbacks are none of them).</summary>
    public IReadOnlyList<DslArgument> Arguments { get; } = arguments;

    /// <inheritdoc />
    public override string ToString() => $"{Builder.Name}.{Name}";
}
