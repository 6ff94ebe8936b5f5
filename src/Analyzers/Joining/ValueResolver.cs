using System.Runtime.CompilerServices;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// Resolves values across trees: symbol references through the definitions of every tree that
/// no tree may change (<see cref="Mutations"/>), concatenations of known parts. What stays unknown is reported once, as TOPO005, at the part
/// that is not constant.
/// </summary>
internal sealed class ValueResolver
{
    private const int MaxDepth = 64;

    // Read-only once built: resolvers for other parts of the same topology share them.
    private readonly Dictionary<string, (TreeFacts Tree, Value Value)> _definitions = [];
    private readonly List<(TreeFacts Tree, DefinitionFact Definition)> _definitionsInOrder = [];
    private readonly HashSet<string> _resolving = [];
    private readonly List<Mutations> _mutations = [];

    // A users file's own definitions (its teams' lists), read before the shared ones, and their
    // contents: no other tree names them (CompilationVerdict), so nothing shared depends on them.
    private readonly Dictionary<string, (TreeFacts Tree, Value Value)>? _own;
    private readonly ConcurrentDictionary<string, object?>? _ownResolved;

    // The content of each definition that resolved without an unknown part: thousands of users
    // name the same pool handle. Nothing is recorded on that path, so a kept answer is exact.
    private readonly ConcurrentDictionary<string, object?> _resolved = new(StringComparer.Ordinal);

    private ValueResolver(ValueResolver shared, TreeFacts? usersFile = null)
    {
        _definitions = shared._definitions;
        _definitionsInOrder = shared._definitionsInOrder;
        _resolved = shared._resolved;
        _mutations = shared._mutations;
        if (usersFile is { Definitions.IsEmpty: false })
        {
            (_own, _ownResolved) = ([], new(StringComparer.Ordinal));
            foreach (var definition in usersFile.Definitions)
            {
                if (!MayBeChanged(definition, _mutations) && !_own.ContainsKey(definition.SymbolKey))
                {
                    _own.Add(definition.SymbolKey, (usersFile, definition.Value));
                }
            }
        }
    }

    public ValueResolver(IReadOnlyCollection<TreeFacts> trees)
    {
        _mutations = trees.Select(tree => tree.Mutations).Where(m => !m.IsEmpty).ToList();
        foreach (var tree in trees)
        {
            foreach (var definition in tree.Definitions)
            {
                // A member that code may change is not defined by its initializer: where it is read, it is not known.
                if (MayBeChanged(definition, _mutations))
                {
                    continue;
                }

                if (!_definitions.ContainsKey(definition.SymbolKey))
                {
                    _definitions.Add(definition.SymbolKey, (tree, definition.Value));
                    _definitionsInOrder.Add((tree, definition));
                }
            }
        }
    }

    private static bool MayBeChanged(DefinitionFact definition, List<Mutations> mutations)
    {
        foreach (var changes in mutations)
        {
            if (changes.MayChange(definition.TypeKey, definition.Name, definition.Kind == DefinitionKind.Collection))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A resolver with the same definitions and its own record of unknowns, for another thread or part.</summary>
    public ValueResolver WithSameDefinitions() => new(this);

    /// <summary>A resolver with the same definitions and those of a users file that declares its own lists.</summary>
    public ValueResolver WithDefinitionsOf(TreeFacts usersFile) => new(this, usersFile);

    /// <summary>Every definition, with the tree it is declared in.</summary>
    public IEnumerable<(TreeFacts Tree, DefinitionFact Definition)> Definitions =>
        _definitionsInOrder;

    /// <summary>Where values were not known: tree, span, and what the value is.</summary>
    public HashSet<(TreeFacts Tree, TextSpan Span, string What)> Unknowns { get; } = [];

    public string? String(TreeFacts tree, Value? value, string what) =>
        value is Value.Constant { Content: string text } ? text // a literal, as most of a team's list: nothing to resolve
        : Resolve(tree, value, what, out var content) ? Text(content) : null;

    /// <summary>The text of a field or property named by its key, when it has been resolved already; null otherwise.</summary>
    public string? KnownString(string key) => ResolvedFor(key).TryGetValue(key, out var content) ? Text(content) : null;

    public bool? Boolean(TreeFacts tree, Value? value, string what) =>
        Resolve(tree, value, what, out var content) && content is bool flag ? flag : null;

    public TEnum? Enum<TEnum>(TreeFacts tree, Value? value, string what)
        where TEnum : struct, Enum
    {
        if (Resolve(tree, value, what, out var content) && content is not null and not string and not bool)
        {
            var number = Convert.ToInt32(content, CultureInfo.InvariantCulture);
            if (System.Enum.IsDefined(typeof(TEnum), number))
            {
                return (TEnum)System.Enum.ToObject(typeof(TEnum), number);
            }
        }

        return null;
    }

    /// <summary>The strings of a list; null when the list or any item is not known.</summary>
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    public IReadOnlyList<string>? Strings(TreeFacts tree, Value? value, string what)
    {
        var (definingTree, resolved) = Dereference(tree, value, what);
        if (resolved is Value.Literals literals)
        {
            return literals.Texts; // every item known, nothing to copy
        }

        if (resolved is Value.Sequence sequence)
        {
            // Every item is read, so that each one not known is recorded.
            var (strings, known) = (new string[sequence.Items.Length], true);
            for (var index = 0; index < strings.Length; index++)
            {
                var text = String(definingTree, sequence.Items[index], what);
                strings[index] = text!;
                known &= text is not null;
            }

            return known ? strings : null;
        }

        if (resolved is not null and not Value.NotConstant)
        {
            Unknowns.Add((definingTree, resolved.Span, what)); // a list built in a way that is not read
        }

        return null;
    }

    /// <summary>
    /// Where the items of a list are written, with the tree they are written in; null when the value
    /// is not a list read as one. Nothing is recorded: reading its strings said what is not known.
    /// </summary>
    public (TreeFacts Tree, ImmutableArray<TextSpan> ItemSpans)? ListItems(TreeFacts tree, Value? value)
    {
        for (var depth = 0; value is Value.SymbolReference reference; depth++)
        {
            if (depth > MaxDepth || !TryGetDefinition(reference.Key, out var definition))
            {
                return null;
            }

            (tree, value) = definition;
        }

        return value switch
        {
            Value.Literals literals => (tree, literals.ItemSpans),
            Value.Sequence sequence => (tree, sequence.Items.Select(item => item.Span).ToImmutableArray()),
            _ => null,
        };
    }

    private bool Resolve(TreeFacts tree, Value? value, string what, out object? content, int depth = 0)
    {
        // Only a reference read directly: deeper, the depth bound could make the same key fail.
        if (depth == 0 && value is Value.SymbolReference reference)
        {
            var resolved = ResolvedFor(reference.Key);
            if (resolved.TryGetValue(reference.Key, out content))
            {
                return true;
            }

            if (ResolveUncached(tree, value, what, out content, depth))
            {
                resolved.TryAdd(reference.Key, content);
                return true;
            }

            return false;
        }

        return ResolveUncached(tree, value, what, out content, depth);
    }

    private bool ResolveUncached(TreeFacts tree, Value? value, string what, out object? content, int depth)
    {
        // Static readonly fields may refer to each other in a circle; a bounded depth ends it.
        var (definingTree, resolved) = depth > MaxDepth ? (tree, new Value.NotConstant(value?.Span ?? default)) : Dereference(tree, value, what);
        switch (resolved)
        {
            case Value.Constant constant:
                content = constant.Content;
                return true;
            case Value.Concatenation concatenation:
                var text = new StringBuilder();
                foreach (var part in concatenation.Parts)
                {
                    if (!Resolve(definingTree, part, what, out var partContent, depth + 1))
                    {
                        content = null;
                        return false;
                    }

                    text.Append(Text(partContent));
                }

                content = text.ToString();
                return true;
            case Value.Sequence or Value.Literals or Value.NotConstant:
                Unknowns.Add((definingTree, resolved.Span, what));
                break;
        }

        content = null;
        return false;
    }

    // Follows symbol references to their definitions; an unknown one is recorded where it is read
    // (the first reference's span, in the first reference's tree: a later hop is in another file).
    private (TreeFacts Tree, Value? Value) Dereference(TreeFacts tree, Value? value, string what)
    {
        var (startTree, start) = (tree, value);
        while (value is Value.SymbolReference reference)
        {
            if (!TryGetDefinition(reference.Key, out var definition) || !_resolving.Add(reference.Key))
            {
                Unknowns.Add((startTree, start!.Span, what));
                _resolving.Clear();
                return (tree, null);
            }

            (tree, value) = definition;
        }

        _resolving.Clear();
        if (value is Value.NotConstant notConstant)
        {
            Unknowns.Add((tree, notConstant.Span, what));
            return (tree, null);
        }

        return (tree, value);
    }

    private bool TryGetDefinition(string key, out (TreeFacts Tree, Value Value) definition) =>
        _own is not null && _own.TryGetValue(key, out definition) || _definitions.TryGetValue(key, out definition);

    private ConcurrentDictionary<string, object?> ResolvedFor(string key) =>
        _own is not null && _own.ContainsKey(key) ? _ownResolved! : _resolved;

    private static string Text(object? content) => Convert.ToString(content, CultureInfo.InvariantCulture) ?? "";
}
