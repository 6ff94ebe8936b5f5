using System;
using System.IO;

namespace XmppTopology.Cli.Analysis;

/// <summary>
/// Progress for the person waiting: on standard error, so standard output stays the requested
/// output; silent with --quiet. On a terminal it also counts documents as they are done, on one
/// line that rewrites itself, so a long run is never silent; in a log (redirected) it does not.
/// </summary>
internal sealed class ProgressLog
{
    private readonly TextWriter error;
    private readonly bool quiet;
    private readonly bool interactive;
    private readonly object gate = new();
    private int counterWidth;

    /// <summary>Progress on <paramref name="error"/>; per-document counts only when it is the console's standard error on a terminal.</summary>
    public ProgressLog(TextWriter error, bool quiet)
        : this(error, quiet, interactive: ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected)
    {
    }

    public ProgressLog(TextWriter error, bool quiet, bool interactive)
    {
        this.error = error;
        this.quiet = quiet;
        this.interactive = interactive && !quiet;
    }

    public void Report(string message)
    {
        if (quiet)
        {
            return;
        }

        lock (gate)
        {
            EndCounter();
            error.WriteLine(message);
        }
    }

    /// <summary>One more document done of <paramref name="total"/> in a step ("compiling", "analysing"); the next <see cref="Report"/> ends the line.</summary>
    public void Count(string step, string project, int done, int total)
    {
        if (!interactive)
        {
            return;
        }

        lock (gate)
        {
            var text = $"  {step} {project}: {done}/{total} document(s)";
            error.Write("\r" + text.PadRight(counterWidth));
            counterWidth = text.Length;
            error.Flush();
        }
    }

    private void EndCounter()
    {
        if (counterWidth > 0)
        {
            error.Write("\r" + new string(' ', counterWidth) + "\r");
            counterWidth = 0;
        }
    }
}
