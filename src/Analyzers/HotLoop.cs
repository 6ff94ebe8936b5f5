using System.Runtime.CompilerServices;

namespace XmppTopology.Analyzers;

/// <summary>
/// How the loops that run once per user of every users file are jitted. A build's compiler server
/// may have just started: each of its methods runs first as unoptimized code (tiered compilation's
/// first tier), then instrumented, and is optimized only after a while in the background, by which
/// time a build has run these loops over every user. <c>[MethodImpl(HotLoop.OptimizedAtOnce)]</c>
/// has such a method jitted optimized on its first call instead. Only for a few short loops: the
/// jitting costs more, and the runtime does not learn from their runs to optimize them further.
/// </summary>
internal static class HotLoop
{
    // MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name; the runtime
    // reads it from the method's metadata, whatever the assembly targets.
    public const MethodImplOptions OptimizedAtOnce = (MethodImplOptions)512;
}
