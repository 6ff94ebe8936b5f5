using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// The source of a multi-file topology as the edit-sequence differential changes it: files of
/// usings and static classes (split into partial parts across files), whose members are pool
/// handles, string and flag constants, SIP arrays, static constructors, the Build method, site
/// helpers and users plans. Members are named uniquely across the code, and every use of one is
/// a <see cref="Ref"/> by name that <see cref="TopologyCodeWriter"/> qualifies the way the file
/// needs (same class, <c>using static</c>, alias, or <c>Class.Member</c>), so that an edit that
/// renames or moves a member changes the text of every file that uses it, as a refactoring does.
/// </summary>
internal sealed class TopologyCode
{
    public const string BuildType = "Generated";

    private int _counter;

    public List<CodeFile> Files { get; } = [];

    /// <summary>A number not used before in this code: fresh names and SIP addresses.</summary>
    public int Next() => _counter++;

    /// <summary>Every class part, with the file it is in, in file order.</summary>
    public IEnumerable<(CodeFile File, CodeClass Class)> Parts =>
        Files.SelectMany(file => file.Classes.Select(part => (file, part)));

    public IEnumerable<Member> Members => Parts.SelectMany(p => p.Class.Members);

    public IEnumerable<string> ClassNames => Parts.Select(p => p.Class.Name).Distinct(StringComparer.Ordinal);

    public CodeFile? File(string path) => Files.Find(f => f.Path == path);

    public T? Member<T>(string name)
        where T : Member => Members.OfType<T>().FirstOrDefault(m => m.Name == name);

    /// <summary>The class part that declares a member.</summary>
    public (CodeFile File, CodeClass Class) Owner(Member member) => Parts.First(p => p.Class.Members.Contains(member));

    public string? OwnerName(string memberName) =>
        Parts.FirstOrDefault(p => p.Class.Members.Any(m => m.Name == memberName && m is not StaticConstructor)).Class?.Name;

    /// <summary>The first part of a class in file order: where members moved into it go.</summary>
    public CodeClass? FirstPart(string className) => Parts.FirstOrDefault(p => p.Class.Name == className).Class;

    public StaticConstructor? ConstructorOf(string className) =>
        Parts.Where(p => p.Class.Name == className).SelectMany(p => p.Class.Members).OfType<StaticConstructor>().FirstOrDefault();

    public bool NameIsFree(string name) =>
        !Members.Any(m => m.Name == name) && !ClassNames.Contains(name, StringComparer.Ordinal)
        && !Files.SelectMany(f => f.Usings).Any(u => u.Alias == name) && !Locals.Contains(name, StringComparer.Ordinal);

    public IEnumerable<string> Locals => Members.OfType<PlanMethod>().SelectMany(p => p.Statements).Select(s => s switch
    {
        LocalPool local => local.Name,
        LocalSips sips => sips.Name,
        _ => null,
    }).OfType<string>();

    public void Replace(Member old, Member replacement)
    {
        var part = Owner(old).Class;
        part.Members[part.Members.IndexOf(old)] = replacement;
    }

    public PlanMethod? PlanDeclaring(string local) =>
        Members.OfType<PlanMethod>().FirstOrDefault(p => p.Statements.Any(s => s is LocalPool l && l.Name == local || s is LocalSips l2 && l2.Name == local));

    public bool IsAssignedInConstructor(string name) => Members.OfType<StaticConstructor>().Any(c => c.Assignments.Any(a => a.Target == name));

    /// <summary>Whether every member and local an expression names exists (locals: in <paramref name="plan"/>).</summary>
    public bool Resolves(Expr? expr, PlanMethod? plan = null) => expr switch
    {
        null => true,
        Ref reference => OwnerName(reference.Name) is not null,
        Concat concat => Resolves(concat.Left, plan) && Resolves(concat.Right, plan),
        Local local => plan is not null && plan.Statements.Any(s => s is LocalPool l && l.Name == local.Name || s is LocalSips l2 && l2.Name == local.Name),
        _ => true,
    };

    /// <summary>Whether every value the DSL calls receive is provable: no local or field written after its declaration, no list changed after it is made.</summary>
    public bool AllValuesKnown =>
        !Members.OfType<StaticConstructor>().Any(c => c.Assignments.Length > 0)
        && !Members.OfType<PlanMethod>().SelectMany(p => p.Statements).Any(s => s is Reassign or ListAdd);

    /// <summary>Every expression of the code mapped through <paramref name="map"/> (a rename, a move).</summary>
    public void Rewrite(Func<Expr, Expr> map)
    {
        Expr Deep(Expr expr) => map(expr is Concat concat ? concat with { Left = Deep(concat.Left), Right = Deep(concat.Right) } : expr);
        Expr? Maybe(Expr? expr) => expr is null ? null : Deep(expr);

        foreach (var part in Parts.Select(p => p.Class))
        {
            for (var i = 0; i < part.Members.Count; i++)
            {
                part.Members[i] = part.Members[i] switch
                {
                    Handle handle => handle with { Fqdn = Deep(handle.Fqdn) },
                    Text text => text with { Value = Deep(text.Value) },
                    Choice choice => choice with { Condition = Deep(choice.Condition) },
                    StaticConstructor constructor => constructor with
                    {
                        Assignments = [.. constructor.Assignments.Select(a => a with { Target = ((Ref)Deep(new Ref(a.Target))).Name, Value = Deep(a.Value) })],
                    },
                    SiteMethod site => site with
                    {
                        Entries = [.. site.Entries.Select(e => e switch
                        {
                            PoolDeclaration pool => pool with { Pool = Deep(pool.Pool) },
                            XmppRoute route => route with { Edge = Deep(route.Edge) },
                            _ => e,
                        })],
                    },
                    PlanMethod plan => plan with
                    {
                        Statements = [.. plan.Statements.Select(s => s switch
                        {
                            UserChain user => user with { Sip = Deep(user.Sip), Home = Deep(user.Home), Move = Maybe(user.Move) },
                            GroupChain group => group with { Source = Deep(group.Source), Home = Deep(group.Home), Move = Maybe(group.Move) },
                            LocalPool local => local with { Value = Deep(local.Value) },
                            Reassign reassign => reassign with { Value = Deep(reassign.Value) },
                            HelperCall call => call with { Method = Deep(call.Method) },
                            _ => s,
                        })],
                    },
                    BuildMethod build => build with
                    {
                        Domain = Deep(build.Domain),
                        Sites = [.. build.Sites.Select(s => s with { Method = Deep(s.Method) })],
                        Partners = [.. build.Partners.Select(p => p with { ConfiguredOn = Maybe(p.ConfiguredOn) })],
                        Plans = [.. build.Plans.Select(Deep)],
                    },
                    var other => other,
                };
            }
        }
    }

    /// <summary>Every member name an expression refers to.</summary>
    public IEnumerable<string> References()
    {
        var names = new List<string>();
        Rewrite(expr =>
        {
            if (expr is Ref reference)
            {
                names.Add(reference.Name);
            }

            return expr;
        });
        return names;
    }
}

/// <summary>One source file: its usings and its class parts.</summary>
internal sealed class CodeFile(string path)
{
    public string Path { get; } = path;

    public List<UsingLine> Usings { get; } = [];

    public List<CodeClass> Classes { get; } = [];
}

/// <summary><c>using Namespace;</c>, <c>using static Class;</c> or <c>using Alias = Class;</c>.</summary>
internal sealed record UsingLine(string Target, bool Static = false, string? Alias = null)
{
    public override string ToString() => Alias is not null ? $"using {Alias} = {Target};" : Static ? $"using static {Target};" : $"using {Target};";
}

/// <summary>A part of a static class; <c>partial</c> when the class has parts in several places.</summary>
internal sealed class CodeClass(string name, bool isPublic = false)
{
    public string Name { get; } = name;

    public bool IsPublic { get; } = isPublic;

    public List<Member> Members { get; } = [];
}

/// <summary>An expression in the topology code.</summary>
internal abstract record Expr;

/// <summary>A string literal.</summary>
internal sealed record Lit(string Value) : Expr;

/// <summary>A member by its name, qualified as the file using it needs.</summary>
internal sealed record Ref(string Name) : Expr;

/// <summary>A local variable of the plan method.</summary>
internal sealed record Local(string Name) : Expr;

/// <summary><c>Left + Right</c>.</summary>
internal sealed record Concat(Expr Left, Expr Right) : Expr;

/// <summary>A collection expression of SIP addresses: <c>["sip:a@…", "sip:b@…"]</c>.</summary>
internal sealed record SipList(ImmutableArray<string> Sips) : Expr;

/// <summary>A member of a static class.</summary>
internal abstract record Member(string Name);

/// <summary>How a <c>PoolRef</c> handle is declared.</summary>
internal enum HandleForm
{
    /// <summary><c>public static readonly PoolRef X = new(…);</c></summary>
    Field,

    /// <summary><c>public static PoolRef X { get; } = new(…);</c></summary>
    AutoProperty,

    /// <summary><c>public static PoolRef X => new(…);</c></summary>
    ExpressionProperty,
}

/// <summary>A pool handle.</summary>
internal sealed record Handle(string Name, HandleForm Form, Expr Fqdn) : Member(Name);

/// <summary>A string: <c>public const string X = …;</c> or <c>public static readonly string X = …;</c>.</summary>
internal sealed record Text(string Name, bool IsConst, Expr Value) : Member(Name);

/// <summary><c>public const bool X = true;</c></summary>
internal sealed record Flag(string Name, bool Value) : Member(Name);

/// <summary><c>public const string X = Condition ? "a" : "b";</c></summary>
internal sealed record Choice(string Name, Expr Condition, string WhenTrue, string WhenFalse) : Member(Name);

/// <summary><c>public static readonly string[] X = ["sip:…", …];</c></summary>
internal sealed record SipArray(string Name, ImmutableArray<string> Sips) : Member(Name);

/// <summary>The static constructor of its class, assigning fields and properties again.</summary>
internal sealed record StaticConstructor(ImmutableArray<Assignment> Assignments) : Member("");

/// <summary><c>Target = Value;</c> in a static constructor; a handle's value is wrapped in <c>new(…)</c>.</summary>
internal sealed record Assignment(string Target, Expr Value);

/// <summary><c>public static Topology Build() => Topology.Define(…)</c>, the topology's one entry point.</summary>
internal sealed record BuildMethod(Expr Domain, ImmutableArray<SiteUse> Sites, ImmutableArray<Partner> Partners, bool? GlobalXmpp, ImmutableArray<Expr> Plans) : Member("Build");

/// <summary><c>.CentralSite("Name", Class.Method)</c>.</summary>
internal sealed record SiteUse(string SiteName, Expr Method);

/// <summary><c>.XmppPartner("domain", p => p.ConfiguredOn(pool))</c>.</summary>
internal sealed record Partner(string Domain, Expr? ConfiguredOn);

/// <summary><c>public static void Name(CentralSiteBuilder site) => site.…;</c></summary>
internal sealed record SiteMethod(string Name, ImmutableArray<SiteEntry> Entries) : Member(Name);

/// <summary>A call on a central site builder.</summary>
internal abstract record SiteEntry;

/// <summary>The kind of pool a site declares.</summary>
internal enum PoolKind
{
    FrontEnd,
    Edge,
}

/// <summary>A planned change on a pool.</summary>
internal enum PoolMark
{
    None,
    Removal,
    MigrationTo2019,
}

/// <summary><c>.FrontEndPool(pool, version, fe => fe…)</c> or <c>.EdgePool(…)</c>.</summary>
internal sealed record PoolDeclaration(PoolKind Kind, Expr Pool, string Version, PoolMark Mark, bool XmppProxy, bool Federation, bool XmppGateway) : SiteEntry;

/// <summary><c>.XmppFederationRoute(edge)</c>.</summary>
internal sealed record XmppRoute(Expr Edge) : SiteEntry;

/// <summary><c>public static void Name(UserPlan users) { … }</c>.</summary>
internal sealed record PlanMethod(string Name, ImmutableArray<Statement> Statements) : Member(Name);

/// <summary>A statement of a plan method.</summary>
internal abstract record Statement;

/// <summary><c>users.User(sip).HomedOn(home).Xmpp().ExternalAccessPolicy("XmppUsers").MoveTo(move);</c></summary>
internal sealed record UserChain(Expr Sip, Expr Home, bool? Xmpp, bool Policy, Expr? Move) : Statement;

/// <summary><c>users.Users(source).HomedOn(home).Xmpp().MoveTo(move);</c></summary>
internal sealed record GroupChain(Expr Source, Expr Home, bool? Xmpp, Expr? Move) : Statement;

/// <summary><c>PoolRef name = value;</c></summary>
internal sealed record LocalPool(string Name, Expr Value) : Statement;

/// <summary><c>name = value;</c>: a local written again after its declaration.</summary>
internal sealed record Reassign(string Name, Expr Value) : Statement;

/// <summary>How a local list of SIP addresses is written.</summary>
internal enum SipsStyle
{
    /// <summary><c>string[] name = [ … ];</c></summary>
    ArrayCollection,

    /// <summary><c>var name = new[] { … };</c></summary>
    NewArray,

    /// <summary><c>List&lt;string&gt; name = [ … ];</c></summary>
    List,
}

/// <summary>A local list of SIP addresses.</summary>
internal sealed record LocalSips(string Name, ImmutableArray<string> Sips, SipsStyle Style) : Statement;

/// <summary><c>name.Add(sip);</c>: a list changed after it is made.</summary>
internal sealed record ListAdd(string Name, string Sip) : Statement;

/// <summary><c>Class.Method(users);</c>: a helper handed the builder.</summary>
internal sealed record HelperCall(Expr Method) : Statement;
