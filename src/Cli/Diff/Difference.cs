namespace XmppTopology.Cli.Diff;

/// <summary>One way the code and the deployment disagree, with each side's value and where it is stated.</summary>
/// <param name="Kind">What differs: "pool only in the code", "version", "federation", "associated Edge", "user home"...</param>
/// <param name="Element">The pool's FQDN or the user's SIP address.</param>
/// <param name="Code">The code's value ("(none)" when the code does not have the element).</param>
/// <param name="CodeAt">Where the code states it (the file alone when the line is not known, null when the code does not have it).</param>
/// <param name="Deployment">The deployment's value ("(none)" when it does not have the element).</param>
/// <param name="DeploymentAt">Where the topology file or the users export states it.</param>
internal sealed record Difference(string Kind, string Element, string Code, SourceLine? CodeAt, string Deployment, SourceLine? DeploymentAt);
