using System;
using System.Collections;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// A start (the topology generated from <see cref="Seed"/>, less what the minimizer took out of it)
/// and the edits made to it in order. Replaying it gives the same states every time.
/// </summary>
internal sealed record EditSequence(int Seed, ImmutableArray<Edit> StartShrinks, ImmutableArray<Edit> Edits)
{
    /// <summary>A random sequence of <paramref name="length"/> edits that apply, chosen by kind weight on each state in turn.</summary>
    public static EditSequence Generate(int seed, int length)
    {
        var code = TopologyCodeGenerator.Generate(seed);
        var random = new Random(unchecked((seed * 7919) + 17));
        var total = Edit.Kinds.Sum(k => k.Weight);
        var edits = ImmutableArray.CreateBuilder<Edit>();
        for (var attempt = 0; edits.Count < length && attempt < length * 50; attempt++)
        {
            var roll = random.Next(total);
            var kind = Edit.Kinds.First(k => (roll -= k.Weight) < 0);
            if (kind.Propose(code, random) is { } edit && edit.ApplyTo(code))
            {
                edits.Add(edit);
            }
        }

        return new EditSequence(seed, [], edits.ToImmutable());
    }

    /// <summary>The start state: generated from the seed, the shrinks applied.</summary>
    public TopologyCode Start()
    {
        var code = TopologyCodeGenerator.Generate(Seed);
        foreach (var shrink in StartShrinks)
        {
            shrink.ApplyTo(code);
        }

        return code;
    }

    /// <summary>A readable edit: its kind and what it names, values written as in code.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        string text => text,
        Lit literal => "\"" + literal.Value + "\"",
        Ref reference => reference.Name,
        Local local => local.Name,
        Concat concat => $"{Describe(concat.Left)} + {Describe(concat.Right)}",
        SipList list => "[" + string.Join(", ", list.Sips) + "]",
        IEnumerable items and not string => "[" + string.Join(", ", items.Cast<object?>().Select(Describe)) + "]",
        Edit or Statement => Fields(value),
        _ => value.ToString() ?? "",
    };

    private static string Fields(object value)
    {
        var properties = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name is not "Kind" && p.DeclaringType == value.GetType());
        return $"{(value is Edit edit ? edit.Kind : value.GetType().Name)}({string.Join(", ", properties.Select(p => $"{p.Name}: {Describe(p.GetValue(value))}"))})";
    }

    public override string ToString()
    {
        var text = new StringBuilder($"seed {Seed}");
        if (!StartShrinks.IsEmpty)
        {
            text.Append(", start less ").Append(string.Join("; ", StartShrinks.Select(Describe)));
        }

        return text.Append(", edits: ").Append(string.Join("; ", Edits.Select(Describe))).ToString();
    }
}
