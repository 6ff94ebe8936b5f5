using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace XmppTopology.Analyzers.CodeFixes;

/// <summary>
/// One fix a diagnostic offers: its title, its kind (the end of its equivalence key when it is not
/// the diagnostic's first fix: <c>Retarget.2</c>, <c>RemoveXmpp</c>) and the change it makes.
/// </summary>
internal sealed record TopologyFix(string Title, string Kind, Func<CancellationToken, Task<Solution>> Apply);
