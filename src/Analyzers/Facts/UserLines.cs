using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Extraction;

namespace XmppTopology.Analyzers.Facts;

/// <summary>The users lines of one tree, with the plans and argument values they name by index.</summary>
internal sealed class UserLines(ImmutableArray<UserLine> lines, ImmutableArray<Instance.Parameter> plans, ImmutableArray<object?> values)
{
    public static readonly UserLines None = new(ImmutableArray<UserLine>.Empty, ImmutableArray<Instance.Parameter>.Empty, ImmutableArray.Create<object?>(null));

    public ImmutableArray<UserLine> Lines { get; } = lines;

    /// <summary>The user plans the lines are declared on (<see cref="UserLine.Plan"/> is an index into these).</summary>
    public ImmutableArray<Instance.Parameter> Plans { get; } = plans;

    /// <summary>
    /// The lines' arguments, each value once: a string, a bool, a <see cref="PoolHandleKey"/>.
    /// The arguments of a <see cref="UserLine"/> are indexes into these; the first is null, no call.
    /// </summary>
    public ImmutableArray<object?> Values { get; } = values;

    public bool IsEmpty => Lines.IsEmpty;

    /// <summary>The calls the binder-based reader gives for the lines, in order, numbered from <paramref name="firstIndex"/>.</summary>
    public IReadOnlyList<CallFact> ToCalls(int firstIndex, SourceText text)
    {
        var calls = new List<CallFact>();
        foreach (var line in Lines)
        {
            // The user's creation, then each setting made on it, in source order.
            var statement = UserStatement.At(text, line.Start);
            var user = new Instance.Created(firstIndex + calls.Count);
            var sip = UserListLexer.StringValue(text, statement.User.ArgumentSpan);
            calls.Add(new CallFact(DslMethod.User, Plans[line.Plan], ImmutableArray.Create<Value?>(new Value.Constant(sip, statement.User.ArgumentSpan)), statement.User.Span));
            (DslMethod Method, LineCall Call, int Value)[] settings =
                [(DslMethod.HomedOn, statement.Home, line.Home), (DslMethod.MoveTo, statement.Move, line.Move), (DslMethod.Xmpp, statement.Xmpp, line.Xmpp), (DslMethod.ExternalAccessPolicy, statement.Policy, line.Policy)];
            foreach (var (method, call, value) in settings.Where(setting => setting.Call.IsMade).OrderBy(setting => setting.Call.Span.Start))
            {
                var argument = Values[value] is PoolHandleKey handle ? new Value.SymbolReference(handle.SymbolKey, call.ArgumentSpan) : (Value)new Value.Constant(Values[value], call.ArgumentSpan);
                calls.Add(new CallFact(method, user, ImmutableArray.Create<Value?>(argument), call.Span));
            }
        }

        return calls;
    }

    /// <summary>Collects one tree's lines as its methods are read.</summary>
    public sealed class Builder
    {
        private readonly List<Instance.Parameter> _plans = [];
        private readonly List<object?> _values = [null];
        private readonly Dictionary<object, int> _constants = [];

        // Each handle's value index by the handle's number (PoolHandle.Index): a users file names
        // thousands of handles in a large topology, and this is looked up on every line.
        private int[] _handles = [];
        private readonly ImmutableArray<UserLine>.Builder _lines = ImmutableArray.CreateBuilder<UserLine>(0);

        /// <summary>
        /// The index of a plan, added. A method's plans are added before its lines are read; a
        /// method left to the binder leaves them unused.
        /// </summary>
        public int Plan(Instance.Parameter plan)
        {
            _plans.Add(plan);
            return _plans.Count - 1;
        }

        /// <summary>The index of a constant (a string, a bool), added on first use.</summary>
        public int Constant(object value)
        {
            if (!_constants.TryGetValue(value, out var index))
            {
                _constants.Add(value, index = _values.Count);
                _values.Add(value);
            }

            return index;
        }

        /// <summary>The index of a pool handle's key, added on first use; <paramref name="handleCount"/> is how many handles the compilation has numbered so far.</summary>
        public int Handle(PoolHandle handle, int handleCount)
        {
            if (handle.Index >= _handles.Length)
            {
                Array.Resize(ref _handles, Math.Max(handle.Index + 1, Math.Max(handleCount, _handles.Length * 2)));
            }

            if (_handles[handle.Index] == 0)
            {
                _handles[handle.Index] = _values.Count;
                _values.Add(handle.Key);
            }

            return _handles[handle.Index];
        }

        public void AddRange(List<UserLine> lines)
        {
            _lines.Capacity = Math.Max(_lines.Capacity, _lines.Count + lines.Count);
            foreach (var line in lines)
            {
                _lines.Add(line);
            }
        }

        public UserLines ToUserLines() => _lines.Count == 0
            ? None
            : new(_lines.Count == _lines.Capacity ? _lines.MoveToImmutable() : _lines.ToImmutable(), _plans.ToImmutableArray(), _values.ToImmutableArray());
    }
}
