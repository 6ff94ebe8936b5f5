using System;
using XmppTopology.Cli;

return await XmppTopologyCommand.RunAsync(args, Console.Out, Console.Error);
