using System;

namespace XmppTopology;

// The DSL's entry point, next to the model type it builds.
partial class Topology
{
    /// <summary>
    /// Defines a topology: everything <paramref name="define"/> says (directly, through nested
    /// builders or through the methods it passes them to) belongs to it. Rule violations never
    /// throw; call <see cref="Validate"/> for them.
    /// </summary>
    /// <param name="name">The topology's name, usually its primary SIP domain.</param>
    /// <param name="define">Declares sites, pools, partners, policies and users.</param>
    /// <exception cref="ArgumentException">A DSL call was given a null, empty or malformed value.</exception>
    public static Topology Define(string name, Action<TopologyBuilder> define)
    {
        Guard.NotNull(define, nameof(define));
        var builder = new TopologyBuilder(Guard.Name(name, nameof(name)));
        define(builder);
        return builder.Build();
    }
}
