using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// One realistic edit of a topology's code. An edit is concrete: it names what it changes (a
/// member, a file, a SIP address) and what it writes, so a sequence replays exactly and prints
/// readably. On a state where what it names is missing (an earlier edit was dropped while
/// minimizing), it changes nothing and says so.
/// </summary>
internal abstract record Edit
{
    public string Kind => GetType().Name;

    /// <summary>Changes the code; false, with nothing changed, when the edit does not apply to it.</summary>
    public abstract bool ApplyTo(TopologyCode code);

    /// <summary>Every kind of edit, how often the generator picks it, and how it proposes one for a state (null: none applies).</summary>
    public static readonly ImmutableArray<(string Kind, int Weight, Func<TopologyCode, Random, Edit?> Propose)> Kinds =
    [
        (nameof(RenameMember), 3, RenameMember.Propose),
        (nameof(MoveMember), 3, MoveMember.Propose),
        (nameof(FieldToProperty), 3, FieldToProperty.Propose),
        (nameof(PropertyToField), 3, PropertyToField.Propose),
        (nameof(ConstToStaticReadonly), 2, ConstToStaticReadonly.Propose),
        (nameof(StaticReadonlyToConst), 2, StaticReadonlyToConst.Propose),
        (nameof(MoveClassToFile), 2, MoveClassToFile.Propose),
        (nameof(SplitFile), 2, SplitFile.Propose),
        (nameof(MergeFiles), 2, MergeFiles.Propose),
        (nameof(AddUsing), 2, AddUsing.Propose),
        (nameof(RemoveUsing), 2, RemoveUsing.Propose),
        (nameof(AddUsingStatic), 2, AddUsingStatic.Propose),
        (nameof(RemoveUsingStatic), 2, RemoveUsingStatic.Propose),
        (nameof(AddUsingAlias), 2, AddUsingAlias.Propose),
        (nameof(RemoveUsingAlias), 2, RemoveUsingAlias.Propose),
        (nameof(IntroduceLocal), 2, IntroduceLocal.Propose),
        (nameof(ReassignLocal), 3, ReassignLocal.Propose),
        (nameof(RemoveReassignment), 2, RemoveReassignment.Propose),
        (nameof(ReassignInStaticConstructor), 3, ReassignInStaticConstructor.Propose),
        (nameof(RemoveStaticConstructor), 2, RemoveStaticConstructor.Propose),
        (nameof(ChangeProductVersion), 3, ChangeProductVersion.Propose),
        (nameof(MarkPool), 2, MarkPool.Propose),
        (nameof(UnmarkPool), 2, UnmarkPool.Propose),
        (nameof(ToggleXmppProxy), 2, ToggleXmppProxy.Propose),
        (nameof(AddUser), 3, AddUser.Propose),
        (nameof(DeclareUserAgain), 2, DeclareUserAgain.Propose),
        (nameof(AddUsersFromArrayField), 2, AddUsersFromArrayField.Propose),
        (nameof(AddUsersFromLocalArray), 2, AddUsersFromLocalArray.Propose),
        (nameof(AddUsersFromCollectionExpression), 2, AddUsersFromCollectionExpression.Propose),
        (nameof(AddUsersFromMutatedList), 2, AddUsersFromMutatedList.Propose),
        (nameof(AddToList), 2, AddToList.Propose),
        (nameof(RemoveStatement), 2, RemoveStatement.Propose),
        (nameof(ChangeUserHome), 3, ChangeUserHome.Propose),
        (nameof(ToggleUserXmpp), 3, ToggleUserXmpp.Propose),
        (nameof(ExtractHelperPlan), 2, ExtractHelperPlan.Propose),
        (nameof(FlipFlag), 2, FlipFlag.Propose),
        (nameof(AddPartner), 2, AddPartner.Propose),
        (nameof(RemovePartner), 2, RemovePartner.Propose),
    ];

    protected static T? Pick<T>(Random random, IEnumerable<T> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? default : list[random.Next(list.Count)];
    }

    protected static IEnumerable<Member> Movable(TopologyCode code) => code.Members.Where(m => m is not StaticConstructor and not BuildMethod);

    protected static IEnumerable<PoolDeclaration> PoolDeclarations(TopologyCode code) =>
        code.Members.OfType<SiteMethod>().SelectMany(s => s.Entries).OfType<PoolDeclaration>();

    /// <summary>A declared pool by the FQDN its declaration names, changed by <paramref name="change"/>.</summary>
    protected static bool ChangePool(TopologyCode code, string fqdn, Func<PoolDeclaration, PoolDeclaration?> change)
    {
        foreach (var site in code.Members.OfType<SiteMethod>().ToList())
        {
            var index = site.Entries.IndexOf(site.Entries.OfType<PoolDeclaration>().FirstOrDefault(p => TopologyCodeGenerator.Evaluate(code, p.Pool) == fqdn)!);
            if (index >= 0 && change((PoolDeclaration)site.Entries[index]) is { } changed)
            {
                code.Replace(site, site with { Entries = site.Entries.SetItem(index, changed) });
                return true;
            }
        }

        return false;
    }

    protected static string FqdnOf(TopologyCode code, PoolDeclaration pool) => TopologyCodeGenerator.Evaluate(code, pool.Pool) ?? "";

    /// <summary>A statement's name in a plan: a user's SIP address, a group's source, a local's name.</summary>
    internal static string Key(Statement statement) => statement switch
    {
        UserChain { Sip: Lit sip } => sip.Value,
        GroupChain group => "Users(" + group.Source switch { Ref r => r.Name, Local l => l.Name, SipList s => s.Sips[0], _ => "?" } + ")",
        HelperCall { Method: Ref method } => method.Name + "(users)",
        _ => statement.ToString(),
    };

    protected static IEnumerable<(PlanMethod Plan, Statement Chain)> Chains(TopologyCode code) =>
        code.Members.OfType<PlanMethod>().SelectMany(p => p.Statements.Where(s => s is UserChain or GroupChain or HelperCall).Select(s => (p, s)));

    protected static bool AddStatements(TopologyCode code, string planName, params Statement[] statements)
    {
        if (code.Member<PlanMethod>(planName) is not { } plan)
        {
            return false;
        }

        var grown = plan with { Statements = plan.Statements.AddRange(statements) };
        if (!statements.All(s => Uses(s).All(e => code.Resolves(e, grown))))
        {
            return false;
        }

        code.Replace(plan, grown);
        return true;
    }

    protected static IEnumerable<Expr?> Uses(Statement statement) => statement switch
    {
        UserChain user => [user.Sip, user.Home, user.Move],
        GroupChain group => [group.Source, group.Home, group.Move],
        LocalPool local => [local.Value],
        Reassign reassign => [new Local(reassign.Name), reassign.Value],
        ListAdd add => [new Local(add.Name)],
        HelperCall call => [call.Method],
        _ => [],
    };

    protected static Expr OtherPool(TopologyCode code, Random random, Expr current)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var value = TopologyCodeGenerator.PoolValue(code, random);
            if (value != current)
            {
                return value;
            }
        }

        return new Lit("fe9.contoso.com");
    }
}

/// <summary>Renames a member and every use of it, in every file (a rename refactoring).</summary>
internal sealed record RenameMember(string Old, string New) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, Movable(code)) is { } member ? new RenameMember(member.Name, member.Name.Split('_')[0] + "_" + code.Next()) : null;

    public override bool ApplyTo(TopologyCode code)
    {
        if (Movable(code).FirstOrDefault(m => m.Name == Old) is not { } member || !code.NameIsFree(New))
        {
            return false;
        }

        code.Replace(member, member with { Name = New });
        code.Rewrite(expr => expr is Ref r && r.Name == Old ? new Ref(New) : expr);
        return true;
    }
}

/// <summary>Moves a member to another class (in another file, or a new class in a new file); its uses follow, so does its static-constructor assignment.</summary>
internal sealed record MoveMember(string Member, string ToClass, string? NewFile) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random)
    {
        if (Pick(random, Movable(code)) is not { } member)
        {
            return null;
        }

        var owner = code.Owner(member).Class.Name;
        if (random.Next(10) < 7 && Pick(random, code.ClassNames.Where(c => c != owner)) is { } other)
        {
            return new MoveMember(member.Name, other, null);
        }

        var fresh = "Moved" + code.Next();
        return new MoveMember(member.Name, fresh, fresh + ".cs");
    }

    public override bool ApplyTo(TopologyCode code)
    {
        if (Movable(code).FirstOrDefault(m => m.Name == Member) is not { } member || code.Owner(member).Class.Name == ToClass)
        {
            return false;
        }

        if (code.FirstPart(ToClass) is not { } target)
        {
            if (NewFile is null || code.File(NewFile) is not null || !code.NameIsFree(ToClass))
            {
                return false;
            }

            target = new CodeClass(ToClass);
            code.Files.Add(TopologyCodeGenerator.NewFile(NewFile, target));
        }

        var from = code.Owner(member).Class;
        var assignment = code.ConstructorOf(from.Name)?.Assignments.FirstOrDefault(a => a.Target == Member);
        from.Members.Remove(member);
        target.Members.Add(member);
        if (assignment is not null)
        {
            var oldConstructor = code.ConstructorOf(from.Name)!;
            var remaining = oldConstructor.Assignments.Remove(assignment);
            if (remaining.IsEmpty)
            {
                code.Owner(oldConstructor).Class.Members.Remove(oldConstructor);
            }
            else
            {
                code.Replace(oldConstructor, oldConstructor with { Assignments = remaining });
            }

            if (code.ConstructorOf(ToClass) is { } constructor)
            {
                code.Replace(constructor, constructor with { Assignments = constructor.Assignments.Add(assignment) });
            }
            else
            {
                target.Members.Add(new StaticConstructor([assignment]));
            }
        }

        return true;
    }
}

/// <summary><c>static readonly PoolRef X = new(…)</c> becomes <c>static PoolRef X { get; } = new(…)</c> or <c>=> new(…)</c>.</summary>
internal sealed record FieldToProperty(string Handle, HandleForm To) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, code.Members.OfType<Handle>().Where(h => h.Form == HandleForm.Field)) is { } handle
            ? new FieldToProperty(handle.Name, code.IsAssignedInConstructor(handle.Name) || random.Next(3) > 0 ? HandleForm.AutoProperty : HandleForm.ExpressionProperty)
            : null;

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.Member<Handle>(Handle) is not { Form: HandleForm.Field } handle || To == HandleForm.Field
            || (To == HandleForm.ExpressionProperty && code.IsAssignedInConstructor(Handle)))
        {
            return false;
        }

        code.Replace(handle, handle with { Form = To });
        return true;
    }
}

/// <summary>A handle property becomes a <c>static readonly</c> field again.</summary>
internal sealed record PropertyToField(string Handle) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, code.Members.OfType<Handle>().Where(h => h.Form != HandleForm.Field)) is { } handle ? new PropertyToField(handle.Name) : null;

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.Member<Handle>(Handle) is not { } handle || handle.Form == HandleForm.Field)
        {
            return false;
        }

        code.Replace(handle, handle with { Form = HandleForm.Field });
        return true;
    }
}

/// <summary><c>const string X</c> becomes <c>static readonly string X</c> (when no other constant is built from it).</summary>
internal sealed record ConstToStaticReadonly(string Name) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, code.Members.OfType<Text>().Where(t => t.IsConst && !ReadByConstant(code, t.Name))) is { } text ? new ConstToStaticReadonly(text.Name) : null;

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.Member<Text>(Name) is not { IsConst: true } text || ReadByConstant(code, Name))
        {
            return false;
        }

        code.Replace(text, text with { IsConst = false });
        return true;
    }

    private static bool ReadByConstant(TopologyCode code, string name) =>
        code.Members.OfType<Text>().Any(t => t.IsConst && Names(t.Value).Contains(name, StringComparer.Ordinal));

    internal static IEnumerable<string> Names(Expr expr) => expr switch
    {
        Ref r => [r.Name],
        Concat c => Names(c.Left).Concat(Names(c.Right)),
        _ => [],
    };
}

/// <summary><c>static readonly string X</c> becomes <c>const string X</c> (when its value is a constant).</summary>
internal sealed record StaticReadonlyToConst(string Name) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, code.Members.OfType<Text>().Where(t => !t.IsConst && Allowed(code, t))) is { } text ? new StaticReadonlyToConst(text.Name) : null;

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.Member<Text>(Name) is not { IsConst: false } text || !Allowed(code, text))
        {
            return false;
        }

        code.Replace(text, text with { IsConst = true });
        return true;
    }

    private static bool Allowed(TopologyCode code, Text text) =>
        !code.IsAssignedInConstructor(text.Name) && ConstToStaticReadonly.Names(text.Value).All(n => code.Member<Text>(n) is { IsConst: true });
}

/// <summary>Moves a class declaration (one part of it) to another file, or to a new file with the same usings; an emptied file is deleted.</summary>
internal sealed record MoveClassToFile(string Class, string From, string To) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random)
    {
        if (Pick(random, code.Parts) is not { File: not null } part)
        {
            return null;
        }

        var to = random.Next(10) < 6 ? Pick(random, code.Files.Where(f => f != part.File))?.Path : null;
        return new MoveClassToFile(part.Class.Name, part.File.Path, to ?? $"{part.Class.Name}{code.Next()}.cs");
    }

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.File(From) is not { } from || from.Classes.Find(c => c.Name == Class) is not { } part || From == To)
        {
            return false;
        }

        var to = code.File(To);
        if (to is null)
        {
            to = new CodeFile(To);
            to.Usings.AddRange(from.Usings);
            code.Files.Add(to);
        }

        from.Classes.Remove(part);
        Files.Place(to, part);
        if (from.Classes.Count == 0)
        {
            code.Files.Remove(from);
        }

        return true;
    }
}

/// <summary>Splits a file in two: half of its classes, or half of its one class's members as a partial part, go to a new file.</summary>
internal sealed record SplitFile(string File, string NewFile) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, code.Files.Where(f => f.Classes.Count > 1 || f.Classes.Sum(c => c.Members.Count(m => m is not StaticConstructor)) > 1)) is { } file
            ? new SplitFile(file.Path, $"{file.Path[..^3]}.Part{code.Next()}.cs")
            : null;

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.File(File) is not { } file || code.File(NewFile) is not null)
        {
            return false;
        }

        var split = new CodeFile(NewFile);
        split.Usings.AddRange(file.Usings);
        if (file.Classes.Count > 1)
        {
            var moved = file.Classes.Skip(file.Classes.Count / 2).ToList();
            file.Classes.RemoveAll(moved.Contains);
            split.Classes.AddRange(moved);
        }
        else
        {
            var part = file.Classes.Single();
            var members = part.Members.Where(m => m is not StaticConstructor).ToList();
            if (members.Count < 2)
            {
                return false;
            }

            var half = new CodeClass(part.Name, part.IsPublic);
            foreach (var member in members.Skip(members.Count / 2))
            {
                part.Members.Remove(member);
                half.Members.Add(member);
            }

            split.Classes.Add(half);
        }

        code.Files.Insert(code.Files.IndexOf(file) + 1, split);
        return true;
    }
}

/// <summary>Merges one file into another: its usings and classes (parts of one class joined), and deletes it.</summary>
internal sealed record MergeFiles(string Into, string From) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random)
    {
        if (code.Files.Count < 2)
        {
            return null;
        }

        var from = Pick(random, code.Files)!;
        return new MergeFiles(Pick(random, code.Files.Where(f => f != from))!.Path, from.Path);
    }

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.File(Into) is not { } into || code.File(From) is not { } from || into == from)
        {
            return false;
        }

        into.Usings.AddRange(from.Usings.Where(u => !into.Usings.Contains(u)));
        foreach (var part in from.Classes)
        {
            Files.Place(into, part);
        }

        code.Files.Remove(from);
        return true;
    }
}

/// <summary>What moving classes between files shares.</summary>
internal static class Files
{
    /// <summary>Puts a class part in a file, joined with a part of the same class already there.</summary>
    public static void Place(CodeFile file, CodeClass part)
    {
        if (file.Classes.Find(c => c.Name == part.Name) is { } same)
        {
            same.Members.AddRange(part.Members);
        }
        else
        {
            file.Classes.Add(part);
        }
    }
}

/// <summary>Adds a using of a namespace the file does not need (<c>using System;</c>).</summary>
internal sealed record AddUsing(string File, string Namespace) : Edit
{
    private static readonly string[] Namespaces = ["System", "System.Linq", "System.Collections.Generic"];

    public static Edit? Propose(TopologyCode code, Random random)
    {
        var file = Pick(random, code.Files)!;
        return Pick(random, Namespaces.Where(n => !file.Usings.Contains(new UsingLine(n)))) is { } name ? new AddUsing(file.Path, name) : null;
    }

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.File(File) is not { } file || file.Usings.Contains(new UsingLine(Namespace)))
        {
            return false;
        }

        file.Usings.Add(new UsingLine(Namespace));
        return true;
    }
}

/// <summary>Removes a using of a namespace (never the DSL's).</summary>
internal sealed record RemoveUsing(string File, string Namespace) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, code.Files.SelectMany(f => f.Usings.Where(u => !u.Static && u.Alias is null && u.Target != "XmppTopology").Select(u => (f, u)))) is ({ } file, { } line)
            ? new RemoveUsing(file.Path, line.Target)
            : null;

    public override bool ApplyTo(TopologyCode code) => code.File(File)?.Usings.Remove(new UsingLine(Namespace)) == true;
}

/// <summary>Adds <c>using static Class;</c>: the file's uses of that class's members lose their qualifier.</summary>
internal sealed record AddUsingStatic(string File, string Class) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random)
    {
        var file = Pick(random, code.Files)!;
        return Pick(random, code.ClassNames.Where(c => !file.Usings.Contains(new UsingLine(c, Static: true)))) is { } name ? new AddUsingStatic(file.Path, name) : null;
    }

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.File(File) is not { } file || code.FirstPart(Class) is null || file.Usings.Contains(new UsingLine(Class, Static: true)))
        {
            return false;
        }

        file.Usings.Add(new UsingLine(Class, Static: true));
        return true;
    }
}

/// <summary>Removes <c>using static Class;</c>: the uses are qualified again.</summary>
internal sealed record RemoveUsingStatic(string File, string Class) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, code.Files.SelectMany(f => f.Usings.Where(u => u.Static).Select(u => (f, u)))) is ({ } file, { } line) ? new RemoveUsingStatic(file.Path, line.Target) : null;

    public override bool ApplyTo(TopologyCode code) => code.File(File)?.Usings.Remove(new UsingLine(Class, Static: true)) == true;
}

/// <summary>Adds <c>using Alias = Class;</c>: the file's uses of that class's members go through the alias.</summary>
internal sealed record AddUsingAlias(string File, string Alias, string Class) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random)
    {
        var file = Pick(random, code.Files)!;
        return Pick(random, code.ClassNames.Where(c => !file.Usings.Any(u => u.Alias is not null && u.Target == c))) is { } name
            ? new AddUsingAlias(file.Path, "A" + code.Next(), name)
            : null;
    }

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.File(File) is not { } file || code.FirstPart(Class) is null || !code.NameIsFree(Alias) || file.Usings.Any(u => u.Alias is not null && u.Target == Class))
        {
            return false;
        }

        file.Usings.Add(new UsingLine(Class, Alias: Alias));
        return true;
    }
}

/// <summary>Removes a using alias: the uses name the class again.</summary>
internal sealed record RemoveUsingAlias(string File, string Alias) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, code.Files.SelectMany(f => f.Usings.Where(u => u.Alias is not null).Select(u => (f, u)))) is ({ } file, { } line) ? new RemoveUsingAlias(file.Path, line.Alias!) : null;

    public override bool ApplyTo(TopologyCode code) => code.File(File)?.Usings.RemoveAll(u => u.Alias == Alias) > 0;
}

/// <summary>Extracts a user's home pool into a local (<c>PoolRef home = Pools.Fe0;</c>) that the chain then uses.</summary>
internal sealed record IntroduceLocal(string Plan, string Statement, string Name) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, Chains(code).Where(c => c.Chain is UserChain { Home: not Local } or GroupChain { Home: not Local })) is ({ } plan, { } chain)
            ? new IntroduceLocal(plan.Name, Key(chain), "home" + code.Next())
            : null;

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.Member<PlanMethod>(Plan) is not { } plan || plan.Statements.FirstOrDefault(s => Key(s) == Statement) is not { } chain || !code.NameIsFree(Name))
        {
            return false;
        }

        var (home, replaced) = chain switch
        {
            UserChain { Home: not Local } user => (user.Home, (Statement)(user with { Home = new Local(Name) })),
            GroupChain { Home: not Local } group => (group.Home, group with { Home = new Local(Name) }),
            _ => (null!, null!),
        };
        if (home is null)
        {
            return false;
        }

        var index = plan.Statements.IndexOf(chain);
        code.Replace(plan, plan with { Statements = plan.Statements.SetItem(index, replaced).Insert(index, new LocalPool(Name, home)) });
        return true;
    }
}

/// <summary>
/// <c>target = Pools.Fe1;</c>: a local written again, right after its declaration or at the end of
/// the method (after its use). When <see cref="Plan"/> is set, the local is first introduced for
/// that chain's home (<c>PoolRef target = Pools.Fe0;</c>), as someone who adds a variable to change it does.
/// </summary>
internal sealed record ReassignLocal(string Name, Expr Value, bool AtEnd, string? Plan = null, string? Statement = null) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random)
    {
        if (random.Next(2) == 0 && Pick(random, code.Members.OfType<PlanMethod>().SelectMany(p => p.Statements.OfType<LocalPool>())) is { } local)
        {
            return new ReassignLocal(local.Name, OtherPool(code, random, local.Value), random.Next(4) == 0);
        }

        return Pick(random, Chains(code).Where(c => c.Chain is UserChain { Home: not Local } or GroupChain { Home: not Local })) is ({ } plan, { } chain)
            ? new ReassignLocal("target" + code.Next(), OtherPool(code, random, chain is UserChain user ? user.Home : ((GroupChain)chain).Home), random.Next(4) == 0, plan.Name, Key(chain))
            : null;
    }

    public override bool ApplyTo(TopologyCode code)
    {
        if (!code.Resolves(Value) || (Plan is not null && !new IntroduceLocal(Plan, Statement!, Name).ApplyTo(code)) || code.PlanDeclaring(Name) is not { } plan)
        {
            return false;
        }

        var declaration = plan.Statements.IndexOf(plan.Statements.First(s => s is LocalPool l && l.Name == Name));
        var statements = AtEnd ? plan.Statements.Add(new Reassign(Name, Value)) : plan.Statements.Insert(declaration + 1, new Reassign(Name, Value));
        code.Replace(plan, plan with { Statements = statements });
        return true;
    }
}

/// <summary>Deletes the reassignments of a local.</summary>
internal sealed record RemoveReassignment(string Name) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, code.Members.OfType<PlanMethod>().SelectMany(p => p.Statements.OfType<Reassign>())) is { } reassign ? new RemoveReassignment(reassign.Name) : null;

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.Members.OfType<PlanMethod>().FirstOrDefault(p => p.Statements.Any(s => s is Reassign r && r.Name == Name)) is not { } plan)
        {
            return false;
        }

        code.Replace(plan, plan with { Statements = plan.Statements.RemoveAll(s => s is Reassign r && r.Name == Name) });
        return true;
    }
}

/// <summary>Assigns a <c>static readonly</c> field (or get-only property) again in its class's static constructor, adding the constructor when there is none.</summary>
internal sealed record ReassignInStaticConstructor(string Target, string Fqdn) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random)
    {
        var targets = code.Members.Where(m => m is Handle { Form: not HandleForm.ExpressionProperty } or Text { IsConst: false } && !code.IsAssignedInConstructor(m.Name));
        var fqdns = PoolDeclarations(code).Select(p => FqdnOf(code, p)).Append("fe9.contoso.com").ToList();
        return Pick(random, targets) is { } target ? new ReassignInStaticConstructor(target.Name, Pick(random, fqdns.Where(f => f != TopologyCodeGenerator.Evaluate(code, new Ref(target.Name))))!) : null;
    }

    public override bool ApplyTo(TopologyCode code)
    {
        var target = code.Members.FirstOrDefault(m => m.Name == Target && m is Handle { Form: not HandleForm.ExpressionProperty } or Text { IsConst: false });
        if (target is null || code.IsAssignedInConstructor(Target))
        {
            return false;
        }

        var owner = code.Owner(target).Class;
        var assignment = new Assignment(Target, new Lit(Fqdn));
        if (code.ConstructorOf(owner.Name) is { } constructor)
        {
            code.Replace(constructor, constructor with { Assignments = constructor.Assignments.Add(assignment) });
        }
        else
        {
            owner.Members.Add(new StaticConstructor([assignment]));
        }

        return true;
    }
}

/// <summary>Deletes a class's static constructor.</summary>
internal sealed record RemoveStaticConstructor(string Class) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, code.Parts.Where(p => p.Class.Members.Any(m => m is StaticConstructor))) is { Class: { } part } ? new RemoveStaticConstructor(part.Name) : null;

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.ConstructorOf(Class) is not { } constructor)
        {
            return false;
        }

        code.Owner(constructor).Class.Members.Remove(constructor);
        return true;
    }
}

/// <summary>Changes a pool's <c>ProductVersion</c>.</summary>
internal sealed record ChangeProductVersion(string Pool, string Version) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, PoolDeclarations(code)) is { } pool ? new ChangeProductVersion(FqdnOf(code, pool), Pick(random, TopologyCodeGenerator.Versions.Where(v => v != pool.Version))!) : null;

    public override bool ApplyTo(TopologyCode code) => ChangePool(code, Pool, p => p.Version == Version ? null : p with { Version = Version });
}

/// <summary>Marks a Front End or Edge pool for removal or for migration to 2019.</summary>
internal sealed record MarkPool(string Pool, PoolMark Mark) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, PoolDeclarations(code).Where(p => p.Mark == PoolMark.None)) is { } pool ? new MarkPool(FqdnOf(code, pool), random.Next(2) == 0 ? PoolMark.Removal : PoolMark.MigrationTo2019) : null;

    public override bool ApplyTo(TopologyCode code) => ChangePool(code, Pool, p => p.Mark == Mark ? null : p with { Mark = Mark });
}

/// <summary>Drops a pool's mark.</summary>
internal sealed record UnmarkPool(string Pool) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, PoolDeclarations(code).Where(p => p.Mark != PoolMark.None)) is { } pool ? new UnmarkPool(FqdnOf(code, pool)) : null;

    public override bool ApplyTo(TopologyCode code) => ChangePool(code, Pool, p => p.Mark == PoolMark.None ? null : p with { Mark = PoolMark.None });
}

/// <summary>Turns an Edge pool's XMPP proxy on or off.</summary>
internal sealed record ToggleXmppProxy(string Edge) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, PoolDeclarations(code).Where(p => p.Kind == PoolKind.Edge)) is { } edge ? new ToggleXmppProxy(FqdnOf(code, edge)) : null;

    public override bool ApplyTo(TopologyCode code) => ChangePool(code, Edge, p => p.Kind == PoolKind.Edge ? p with { XmppProxy = !p.XmppProxy } : null);
}

/// <summary>Adds a user chain to a plan: <c>users.User("sip:…").HomedOn(…)…;</c>.</summary>
internal sealed record AddUser(string Plan, UserChain User) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, code.Members.OfType<PlanMethod>()) is { } plan ? new AddUser(plan.Name, TopologyCodeGenerator.User(code, random)) : null;

    public override bool ApplyTo(TopologyCode code) => AddStatements(code, Plan, User);
}

/// <summary>
/// Declares a user again (TOPO006): in another case or not, saying the same as the first
/// declaration or not, in its plan or another one.
/// </summary>
internal sealed record DeclareUserAgain(string Plan, UserChain User) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random)
    {
        var declared = Chains(code).Select(c => c.Chain).OfType<UserChain>().Where(u => u.Sip is Lit).ToList();
        if (declared.Count == 0 || Pick(random, code.Members.OfType<PlanMethod>()) is not { } plan)
        {
            return null;
        }

        var first = declared[random.Next(declared.Count)];
        var sip = ((Lit)first.Sip).Value;
        var spelling = new Lit(random.Next(3) switch { 0 => sip, 1 => "SIP:" + sip[4..], _ => sip.ToUpperInvariant() });
        return new DeclareUserAgain(plan.Name, (random.Next(2) == 0 ? first : TopologyCodeGenerator.User(code, random)) with { Sip = spelling });
    }

    public override bool ApplyTo(TopologyCode code) => AddStatements(code, Plan, User);
}

/// <summary><c>users.Users(Team.Group)…;</c> with a new <c>static readonly string[]</c> field in some class, or one that exists.</summary>
internal sealed record AddUsersFromArrayField(string Plan, string Array, ImmutableArray<string> NewSips, string InClass, GroupChain Chain) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random)
    {
        if (Pick(random, code.Members.OfType<PlanMethod>()) is not { } plan)
        {
            return null;
        }

        if (random.Next(5) == 0 && Pick(random, code.Members.OfType<SipArray>()) is { } existing)
        {
            return new AddUsersFromArrayField(plan.Name, existing.Name, [], code.Owner(existing).Class.Name, TopologyCodeGenerator.Group(code, random, new Ref(existing.Name)));
        }

        var name = "Group" + code.Next();
        var inClass = random.Next(2) == 0 ? code.Owner(plan).Class.Name : Pick(random, code.ClassNames)!;
        return new AddUsersFromArrayField(plan.Name, name, [.. TopologyCodeGenerator.NewSips(code, random.Next(1, 4))], inClass, TopologyCodeGenerator.Group(code, random, new Ref(name)));
    }

    public override bool ApplyTo(TopologyCode code)
    {
        if (!NewSips.IsEmpty)
        {
            if (!code.NameIsFree(Array) || code.FirstPart(InClass) is not { } part || code.Member<PlanMethod>(Plan) is null)
            {
                return false;
            }

            part.Members.Add(new SipArray(Array, NewSips));
        }

        return AddStatements(code, Plan, Chain);
    }
}

/// <summary><c>string[] team = […];</c> (or <c>var team = new[] { … };</c>) then <c>users.Users(team)…;</c>.</summary>
internal sealed record AddUsersFromLocalArray(string Plan, string Name, ImmutableArray<string> Sips, SipsStyle Style, GroupChain Chain) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random)
    {
        if (Pick(random, code.Members.OfType<PlanMethod>()) is not { } plan)
        {
            return null;
        }

        var name = "team" + code.Next();
        return new AddUsersFromLocalArray(plan.Name, name, [.. TopologyCodeGenerator.NewSips(code, random.Next(1, 4))], random.Next(2) == 0 ? SipsStyle.ArrayCollection : SipsStyle.NewArray, TopologyCodeGenerator.Group(code, random, new Local(name)));
    }

    public override bool ApplyTo(TopologyCode code) => code.NameIsFree(Name) && AddStatements(code, Plan, new LocalSips(Name, Sips, Style), Chain);
}

/// <summary><c>users.Users(["sip:a@…", "sip:b@…"])…;</c>.</summary>
internal sealed record AddUsersFromCollectionExpression(string Plan, GroupChain Chain) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, code.Members.OfType<PlanMethod>()) is { } plan
            ? new AddUsersFromCollectionExpression(plan.Name, TopologyCodeGenerator.Group(code, random, new SipList([.. TopologyCodeGenerator.NewSips(code, random.Next(1, 4))])))
            : null;

    public override bool ApplyTo(TopologyCode code) => AddStatements(code, Plan, Chain);
}

/// <summary><c>List&lt;string&gt; team = […]; team.Add("sip:…");</c> then <c>users.Users(team)…;</c>: a list changed after it is made.</summary>
internal sealed record AddUsersFromMutatedList(string Plan, string Name, ImmutableArray<string> Sips, string Added, GroupChain Chain) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random)
    {
        if (Pick(random, code.Members.OfType<PlanMethod>()) is not { } plan)
        {
            return null;
        }

        var name = "team" + code.Next();
        return new AddUsersFromMutatedList(plan.Name, name, [.. TopologyCodeGenerator.NewSips(code, random.Next(0, 3))], TopologyCodeGenerator.NewSips(code, 1)[0], TopologyCodeGenerator.Group(code, random, new Local(name)));
    }

    public override bool ApplyTo(TopologyCode code) =>
        code.NameIsFree(Name) && AddStatements(code, Plan, new LocalSips(Name, Sips, SipsStyle.List), new ListAdd(Name, Added), Chain);
}

/// <summary><c>team.Add("sip:…");</c> on a local list, before its use or after it.</summary>
internal sealed record AddToList(string Name, string Sip, bool AtEnd) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, code.Members.OfType<PlanMethod>().SelectMany(p => p.Statements.OfType<LocalSips>().Where(l => l.Style == SipsStyle.List))) is { } list
            ? new AddToList(list.Name, TopologyCodeGenerator.NewSips(code, 1)[0], random.Next(3) == 0)
            : null;

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.PlanDeclaring(Name) is not { } plan || plan.Statements.OfType<LocalSips>().FirstOrDefault(l => l.Name == Name) is not { Style: SipsStyle.List } list)
        {
            return false;
        }

        var add = new ListAdd(Name, Sip);
        code.Replace(plan, plan with { Statements = AtEnd ? plan.Statements.Add(add) : plan.Statements.Insert(plan.Statements.IndexOf(list) + 1, add) });
        return true;
    }
}

/// <summary>Deletes a user chain, a group or a helper call, with the locals only it used.</summary>
internal sealed record RemoveStatement(string Plan, string Statement) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, Chains(code)) is ({ } plan, { } chain) ? new RemoveStatement(plan.Name, Key(chain)) : null;

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.Member<PlanMethod>(Plan) is not { } plan || plan.Statements.FirstOrDefault(s => s is UserChain or GroupChain or HelperCall && Key(s) == Statement) is not { } chain)
        {
            return false;
        }

        var statements = plan.Statements.Remove(chain);
        var used = statements.Where(s => s is UserChain or GroupChain).SelectMany(Uses).OfType<Local>().Select(l => l.Name).ToHashSet(StringComparer.Ordinal);
        statements = statements.RemoveAll(s => s switch
        {
            LocalPool l => !used.Contains(l.Name),
            LocalSips l => !used.Contains(l.Name),
            Reassign r => !used.Contains(r.Name),
            ListAdd a => !used.Contains(a.Name),
            _ => false,
        });
        code.Replace(plan, plan with { Statements = statements });
        return true;
    }
}

/// <summary>Homes a user on another pool.</summary>
internal sealed record ChangeUserHome(string Sip, Expr Home) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, Chains(code).Where(c => c.Chain is UserChain { Home: not Local })) is ({ }, UserChain user) ? new ChangeUserHome(Key(user), OtherPool(code, random, user.Home)) : null;

    public override bool ApplyTo(TopologyCode code)
    {
        if (Chains(code).FirstOrDefault(c => c.Chain is UserChain && Key(c.Chain) == Sip) is not ({ } plan, UserChain user) || !code.Resolves(Home))
        {
            return false;
        }

        code.Replace(plan, plan with { Statements = plan.Statements.Replace(user, user with { Home = Home }) });
        return true;
    }
}

/// <summary>Cycles a user's <c>.Xmpp()</c>: none, on, off.</summary>
internal sealed record ToggleUserXmpp(string Sip) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, Chains(code).Where(c => c.Chain is UserChain)) is ({ }, { } user) ? new ToggleUserXmpp(Key(user)) : null;

    public override bool ApplyTo(TopologyCode code)
    {
        if (Chains(code).FirstOrDefault(c => c.Chain is UserChain && Key(c.Chain) == Sip) is not ({ } plan, UserChain user))
        {
            return false;
        }

        var next = user.Xmpp switch { null => true, true => false, false => (bool?)null };
        code.Replace(plan, plan with { Statements = plan.Statements.Replace(user, user with { Xmpp = next }) });
        return true;
    }
}

/// <summary>Moves some users of a plan into a helper method handed the builder (<c>Helper(users);</c>), in the plan's class or another.</summary>
internal sealed record ExtractHelperPlan(string Plan, string Helper, string ToClass, ImmutableArray<string> Sips) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random)
    {
        var candidates = code.Members.OfType<PlanMethod>()
            .Select(p => (Plan: p, Users: p.Statements.OfType<UserChain>().Where(u => u.Home is not Local && u.Move is not Local).Select(Key).ToList()))
            .Where(p => p.Users.Count > 0).ToList();
        if (Pick(random, candidates) is not { Plan: not null } chosen)
        {
            return null;
        }

        var take = chosen.Users.Take(random.Next(1, chosen.Users.Count + 1)).ToImmutableArray();
        var toClass = random.Next(2) == 0 ? code.Owner(chosen.Plan).Class.Name : Pick(random, code.ClassNames)!;
        return new ExtractHelperPlan(chosen.Plan.Name, "Helper" + code.Next(), toClass, take);
    }

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.Member<PlanMethod>(Plan) is not { } plan || code.FirstPart(ToClass) is not { } part || !code.NameIsFree(Helper))
        {
            return false;
        }

        var moved = plan.Statements.OfType<UserChain>().Where(u => Sips.Contains(Key(u)) && u.Home is not Local && u.Move is not Local).ToList<Statement>();
        if (moved.Count == 0)
        {
            return false;
        }

        var at = plan.Statements.IndexOf(moved[0]);
        code.Replace(plan, plan with { Statements = plan.Statements.RemoveAll(moved.Contains).Insert(at, new HelperCall(new Ref(Helper))) });
        part.Members.Add(new PlanMethod(Helper, [.. moved]));
        return true;
    }
}

/// <summary>Flips a <c>const bool</c> (the cutover flag a conditional constant reads).</summary>
internal sealed record FlipFlag(string Flag) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, code.Members.OfType<Flag>()) is { } flag ? new FlipFlag(flag.Name) : null;

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.Member<Flag>(Flag) is not { } flag)
        {
            return false;
        }

        code.Replace(flag, flag with { Value = !flag.Value });
        return true;
    }
}

/// <summary>Adds an XMPP partner, configured on a pool or not.</summary>
internal sealed record AddPartner(string Domain, Expr? ConfiguredOn) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        new AddPartner($"im{code.Next()}.litware.com", random.Next(2) == 0 ? TopologyCodeGenerator.PoolValue(code, random) : null);

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.Members.OfType<BuildMethod>().FirstOrDefault() is not { } build || !code.Resolves(ConfiguredOn) || build.Partners.Any(p => p.Domain == Domain))
        {
            return false;
        }

        code.Replace(build, build with { Partners = build.Partners.Add(new Partner(Domain, ConfiguredOn)) });
        return true;
    }
}

/// <summary>Deletes an XMPP partner.</summary>
internal sealed record RemovePartner(string Domain) : Edit
{
    public static Edit? Propose(TopologyCode code, Random random) =>
        Pick(random, code.Members.OfType<BuildMethod>().SelectMany(b => b.Partners)) is { } partner ? new RemovePartner(partner.Domain) : null;

    public override bool ApplyTo(TopologyCode code)
    {
        if (code.Members.OfType<BuildMethod>().FirstOrDefault() is not { } build || build.Partners.FirstOrDefault(p => p.Domain == Domain) is not { } partner)
        {
            return false;
        }

        code.Replace(build, build with { Partners = build.Partners.Remove(partner) });
        return true;
    }
}
