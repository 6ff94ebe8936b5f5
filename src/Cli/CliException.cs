using System;

namespace XmppTopology.Cli;

/// <summary>A reason the command cannot do its job, told to the user in one line (exit code 2).</summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException()
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
