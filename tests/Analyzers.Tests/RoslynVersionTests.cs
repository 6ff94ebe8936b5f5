using System;
using Microsoft.CodeAnalysis;

namespace XmppTopology.Analyzers.Tests;

/// <summary>These tests run twice: under the analyzer's Roslyn floor and under the SDK's current Roslyn.</summary>
public class RoslynVersionTests
{
    [Fact]
    public void The_tests_run_under_the_intended_Roslyn()
    {
        var loaded = typeof(Compilation).Assembly.GetName().Version!;
#if CURRENT_ROSLYN
        Assert.True(loaded >= new Version(5, 9), $"expected the SDK's Roslyn 5.9 or later, loaded {loaded}");
#else
        Assert.Equal(new Version(4, 8), new Version(loaded.Major, loaded.Minor));
#endif
    }

    [Fact]
    public void The_analyzer_is_built_against_the_Roslyn_floor()
    {
        var referenced = Array.Find(typeof(TopologyAnalyzer).Assembly.GetReferencedAssemblies(), a => a.Name == "Microsoft.CodeAnalysis")!;
        Assert.Equal(new Version(4, 8, 0, 0), referenced.Version);
    }
}
