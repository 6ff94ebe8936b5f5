using System;
using XmppTopology.Cli;

// Bad arguments exit with 2, like every failure to do the job; help and success with 0.
var parse = XmppTopologyCommand.Create(Console.Out, Console.Error).Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine("xmpp-topology: " + error.Message);
    }

    Console.Error.WriteLine("Run 'xmpp-topology --help' for usage.");
    return XmppTopologyCommand.Failure;
}

return await parse.InvokeAsync();
