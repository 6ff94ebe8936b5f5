using System.Runtime.CompilerServices;

namespace XmppTopology.Analyzers;

/// <summary>
/// How the methods that run once per user, per list item or per syntax node of every tree are
/// jitted. A build's compiler server jits all of ours (it loads analyzers so that the package's
/// precompiled copy is not used), and each method runs first as unoptimized code (tiered
/// compilation's first tier), then instrumented, and is optimized only after a while in the
/// background: in a fresh server and in the builds that follow it. <c>[MethodImpl(HotLoop.OptimizedAtOnce)]</c>
/// has such a method jitted optimized on its first call instead (docs/performance.md, "Optimized
/// at once"). Only for the reading and checking loops: the jitting costs more, the runtime does not
/// learn from their runs to optimize them further, and a precompiled copy leaves them out (a
/// compiler in its own process, which does use that copy, jits them).
/// </summary>
internal static class HotLoop
{
    // MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name; the runtime
    // reads it from the method's metadata, whatever the assembly targets.
    public const MethodImplOptions OptimizedAtOnce = (MethodImplOptions)512;
}
