using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Extraction;

namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// The users statements of one tree, with the plans and argument values they name by index: those
/// read from the text (<see cref="UserListReader"/>) and those read through the binder, one shape.
/// </summary>
internal sealed class UserLines(ImmutableArray<UserLine> lines, ImmutableArray<Instance> plans, ImmutableArray<object?> values, ImmutableArray<BoundLine> bound)
{
    public static readonly UserLines None = new(ImmutableArray<UserLine>.Empty, ImmutableArray<Instance>.Empty, ImmutableArray.Create<object?>(null), ImmutableArray<BoundLine>.Empty);

    /// <summary>In source order.</summary>
    public ImmutableArray<UserLine> Lines { get; } = lines;

    /// <summary>The user plans the lines are declared on (<see cref="UserLine.Plan"/> is an index into these).</summary>
    public ImmutableArray<Instance> Plans { get; } = plans;

    /// <summary>
    /// The lines' arguments: a string, a bool, a <see cref="PoolHandleKey"/> (each once), or a
    /// <see cref="Value"/> the binder read. The arguments of a <see cref="UserLine"/> are indexes
    /// into these; the first is null, no call.
    /// </summary>
    public ImmutableArray<object?> Values { get; } = values;

    /// <summary>What the lines whose users are a value keep: their declaring calls (<see cref="UserLine.Bound"/> counts from 1 in these).</summary>
    public ImmutableArray<BoundLine> Bound { get; } = bound;

    public bool IsEmpty => Lines.IsEmpty;

    /// <summary>The calls of a line and their spans; <paramref name="text"/> is the tree's, read only for a line read from it.</summary>
    public UserStatement StatementOf(in UserLine line, SourceText text) =>
        line.IsReadFromText ? UserStatement.At(text, line.Start) : Bound[line.Bound - 1].Statement;

    /// <summary>The calls the binder gives for the lines, in order, numbered from <paramref name="firstIndex"/>.</summary>
    public IReadOnlyList<CallFact> ToCalls(int firstIndex, SourceText text)
    {
        var calls = new List<CallFact>();
        foreach (var line in Lines)
        {
            // The users' declaration, then each setting made on them, in source order.
            var statement = StatementOf(line, text);
            var users = new Instance.Created(firstIndex + calls.Count);
            calls.Add(line.IsReadFromText
                ? new CallFact(DslMethod.User, Plans[line.Plan], ImmutableArray.Create<Value?>(new Value.Constant(UserListLexer.StringValue(text, statement.User.ArgumentSpan), statement.User.ArgumentSpan)), statement.User.Span)
                : Bound[line.Bound - 1].Declaration);
            (DslMethod Method, LineCall Call, int Value)[] settings =
                [(DslMethod.HomedOn, statement.Home, line.Home), (DslMethod.MoveTo, statement.Move, line.Move), (DslMethod.Xmpp, statement.Xmpp, line.Xmpp), (DslMethod.ExternalAccessPolicy, statement.Policy, line.Policy)];
            foreach (var (method, call, value) in settings.Where(setting => setting.Call.IsMade).OrderBy(setting => setting.Call.Span.Start))
            {
                var argument = Values[value] switch
                {
                    Value bound => bound,
                    PoolHandleKey handle => new Value.SymbolReference(handle.SymbolKey, call.ArgumentSpan),
                    var constant => new Value.Constant(constant, call.ArgumentSpan),
                };
                calls.Add(new CallFact(method, users, ImmutableArray.Create<Value?>(argument), call.Span));
            }
        }

        return calls;
    }

    /// <summary>Collects one tree's lines as its methods are read.</summary>
    public sealed class Builder
    {
        private readonly List<Instance> _plans = [];
        private readonly List<object?> _values = [null];
        private readonly Dictionary<object, int> _constants = [];
        private readonly List<BoundLine> _bound = [];

        // Each handle's value index by the handle's number (PoolHandle.Index): a users file names
        // thousands of handles in a large topology, and this is looked up on every line.
        private int[] _handles = [];
        private readonly ImmutableArray<UserLine>.Builder _lines = ImmutableArray.CreateBuilder<UserLine>(0);

        /// <summary>
        /// The index of a plan, added. A method's plans are added before its lines are read; a
        /// method left to the binder leaves them unused.
        /// </summary>
        public int Plan(Instance plan)
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

        /// <summary>Adds a method's lines; those that keep a declaring call count theirs from 1 in <paramref name="declared"/>.</summary>
        public void AddRange(List<UserLine> lines, List<BoundLine> declared)
        {
            _lines.Capacity = Math.Max(_lines.Capacity, _lines.Count + lines.Count);
            var offset = _bound.Count;
            foreach (var line in lines)
            {
                _lines.Add(line.IsReadFromText ? line : line with { Bound = line.Bound + offset });
            }

            _bound.AddRange(declared);
        }

        /// <summary>
        /// Adds the calls the binder read as lines, when they only list users: each declares users on
        /// a plan handed in from elsewhere (or one not followed) or makes a setting on users declared
        /// here, each setting at most once, as a line may. False, adding nothing, otherwise: the
        /// tree then joins the infrastructure, which reads calls.
        /// </summary>
        public bool TryAddCalls(IReadOnlyList<CallFact> calls)
        {
            // Each declaration's statement at its call's index: a setting comes after the
            // declaration it is made on, whose call is read first, as its receiver.
            var statements = new UserStatement?[calls.Count];
            for (var index = 0; index < calls.Count; index++)
            {
                var call = calls[index];
                if (call.Arguments.Length != 1 || call.Arguments[0] is not { } argument)
                {
                    return false;
                }

                var read = new LineCall(call.Span, LineArgument.Bound, argument.Span, argument);
                if (call.Method.DeclaresUsers() && call.Receiver is Instance.Parameter or Instance.Unknown)
                {
                    statements[index] = new UserStatement { User = read };
                    continue;
                }

                if (!call.Method.SetsAUser() || call.Receiver is not Instance.Created { Call: var declaration } || statements[declaration] is not { } statement
                    || !UserStatement.TrySet(ref statement, call.Method, read))
                {
                    return false;
                }

                statements[declaration] = statement;
            }

            var plans = new Dictionary<Instance, int>();
            for (var index = 0; index < calls.Count; index++)
            {
                if (statements[index] is { } statement)
                {
                    var (declaration, plan) = (calls[index], calls[index].Receiver!);
                    if (!plans.TryGetValue(plan, out var planIndex))
                    {
                        plans.Add(plan, planIndex = Plan(plan));
                    }

                    _bound.Add(new BoundLine(declaration, statement));
                    _lines.Add(new UserLine(declaration.Span.Start, planIndex, ValueOf(statement.Home), ValueOf(statement.Move), ValueOf(statement.Xmpp), ValueOf(statement.Policy), Sip: 0, Bound: _bound.Count));
                }
            }

            return true;
        }

        // A value the binder read: its own index (it carries its span, so no two are the same).
        private int ValueOf(LineCall call)
        {
            if (!call.IsMade)
            {
                return 0;
            }

            _values.Add(call.Value);
            return _values.Count - 1;
        }

        /// <summary>The lines, in source order (those the binder read were added after the others).</summary>
        public UserLines ToUserLines()
        {
            if (_lines.Count == 0)
            {
                return None;
            }

            if (_bound.Count > 0)
            {
                _lines.Sort(static (one, other) => one.Start.CompareTo(other.Start));
            }

            return new(_lines.Count == _lines.Capacity ? _lines.MoveToImmutable() : _lines.ToImmutable(), _plans.ToImmutableArray(), _values.ToImmutableArray(), _bound.ToImmutableArray());
        }
    }
}
