using System;
using System.Collections.Generic;

namespace XmppTopology;

/// <summary>
/// The arguments of one DSL call as a reader of the source knows them: each by its ordinal, null
/// where its value is not known; <c>what</c> names the value where that is reported.
/// The analyzer reads them from its facts; the runtime builders have the values themselves.
/// </summary>
internal interface IDslArguments
{
    string? Text(int ordinal, string what);

    bool? Flag(int ordinal, string what);

    TEnum? Choice<TEnum>(int ordinal, string what)
        where TEnum : struct, Enum;

    IReadOnlyList<string>? Texts(int ordinal, string what);
}
