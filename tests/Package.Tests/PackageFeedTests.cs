namespace XmppTopology.Package.Tests;

/// <summary>
/// One feed for every test of this project; they run one after the other, each building for real.
/// (Its own file: the benchmark's real-build mode compiles PackageFeed.cs without xunit.)
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackageFeedTests : ICollectionFixture<PackageFeed>
{
    public const string Name = "Package feed";
}
