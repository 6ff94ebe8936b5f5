using System;
using System.Collections.Immutable;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// When a call runs, relative to the others: the positions of the calls that lead to it (the
/// hand-offs to helper methods), then its own. Keys compare step by step, so a helper's calls run
/// where the helper is called, not where the helper is written.
/// </summary>
internal sealed class OrderKey : IComparable<OrderKey>
{
    public static readonly OrderKey Start = new(ImmutableArray<(int Tree, int Position)>.Empty);

    /// <summary>
    /// The tree number of a step in a file that only lists users. Its calls run in the plan methods
    /// they are written in, each reached by hand-offs of its own: two keys never differ first at
    /// such a step but between calls of one method, which its positions order.
    /// </summary>
    public const int UsersFile = -1;

    private readonly ImmutableArray<(int Tree, int Position)> _steps;

    private OrderKey(ImmutableArray<(int Tree, int Position)> steps) => _steps = steps;

    /// <summary>This key followed by one more step: a call at <paramref name="position"/> of tree number <paramref name="tree"/>.</summary>
    public OrderKey Then(int tree, int position) => new(_steps.Add((tree, position)));

    public int CompareTo(OrderKey? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Min(_steps.Length, other._steps.Length); i++)
        {
            var byStep = _steps[i].CompareTo(other._steps[i]);
            if (byStep != 0)
            {
                return byStep;
            }
        }

        return _steps.Length.CompareTo(other._steps.Length);
    }
}
