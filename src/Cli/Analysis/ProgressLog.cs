using System.IO;

namespace XmppTopology.Cli.Analysis;

/// <summary>Progress for the person waiting: on standard error, so standard output stays the requested output; silent with --quiet.</summary>
internal sealed class ProgressLog(TextWriter error, bool quiet)
{
    public void Report(string message)
    {
        if (!quiet)
        {
            error.WriteLine(message);
        }
    }
}
