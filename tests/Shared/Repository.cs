using System;
using System.IO;

namespace XmppTopology.Testing;

/// <summary>The repository's folder, found from the test assembly upwards (linked into each test project).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "XmppTopology.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("XmppTopology.sln not found above " + AppContext.BaseDirectory);
    }
}
