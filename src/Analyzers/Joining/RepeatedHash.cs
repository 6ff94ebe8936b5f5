using System.Collections.Generic;

namespace XmppTopology.Analyzers.Joining;

/// <summary>A SIP address hash that more than one declaration has, with the runs that declare it, in the order they were given.</summary>
internal readonly record struct RepeatedHash(int Hash, List<DeclarationRun> Runs);
