namespace XmppTopology.Analyzers.Facts;

/// <summary>What a definition holds: code fixes name a pool through a handle first, then a string constant.</summary>
internal enum DefinitionKind
{
    /// <summary>A <c>PoolRef</c> field or property.</summary>
    PoolHandle,

    /// <summary>A string constant or read-only string.</summary>
    Text,

    /// <summary>A list of strings (an array, a collection): other code may change what it holds.</summary>
    Collection,

    /// <summary>Anything else: flags, enums.</summary>
    Other,
}
