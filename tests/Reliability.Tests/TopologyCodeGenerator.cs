using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// The starting point of an edit sequence, from a seed: the shapes people write (README's
/// "Writing a topology", samples/): a Pools file of <c>PoolRef</c> handles (fields and
/// properties) and string constants, sometimes a cutover file of conditional constants, a Sites
/// file of site helpers, the topology file with <c>Topology.Define</c>, partners and policies, and
/// one to three users files of <c>Plan(UserPlan users)</c> methods. Also the choices that the
/// edits share (a pool to name, a new SIP address), so that edits write what the generator writes.
/// </summary>
internal static class TopologyCodeGenerator
{
    public static readonly string[] Versions = ["LyncServer2013", "SkypeForBusiness2015", "SkypeForBusiness2019"];

    public static TopologyCode Generate(int seed)
    {
        var random = new Random(seed);
        var code = new TopologyCode();
        bool Chance(double p) => random.NextDouble() < p;

        var pools = new CodeClass("Pools");
        pools.Members.Add(new Text("Domain", IsConst: true, new Lit("contoso.com")));
        var frontEnds = Enumerable.Range(0, random.Next(2, 5)).Select(i => ($"Fe{i}", $"fe{i}")).ToList();
        var edges = Enumerable.Range(0, random.Next(1, 3)).Select(i => ($"Edge{i}", $"edge{i}")).ToList();
        foreach (var (name, host) in frontEnds.Concat(edges))
        {
            var fqdn = random.Next(3) switch
            {
                0 => (Expr)new Lit($"{host}.contoso.com"),
                1 => new Concat(new Lit(host + "."), new Ref("Domain")),
                _ => new Ref(name + "Name"),
            };
            if (fqdn is Ref constant)
            {
                pools.Members.Add(new Text(constant.Name, IsConst: true, new Concat(new Lit(host + "."), new Ref("Domain"))));
            }

            var form = random.Next(10) switch { < 6 => HandleForm.Field, < 9 => HandleForm.AutoProperty, _ => HandleForm.ExpressionProperty };
            pools.Members.Add(new Handle(name, form, fqdn));
        }

        code.Files.Add(NewFile("Pools.cs", pools));

        if (Chance(0.3))
        {
            // A cross-file conditional constant: the compiler knows its value (ConstantValue).
            var cutover = new CodeClass("Cutover");
            cutover.Members.Add(new Flag("CutoverDone", Chance(0.5)));
            var (whenTrue, whenFalse) = (frontEnds[random.Next(frontEnds.Count)].Item2, frontEnds[random.Next(frontEnds.Count)].Item2);
            cutover.Members.Add(new Choice("Target", new Ref("CutoverDone"), whenTrue + ".contoso.com", whenFalse + ".contoso.com"));
            code.Files.Add(NewFile("Cutover.cs", cutover));
        }

        var siteCount = random.Next(1, 3);
        var sites = new CodeClass("Sites");
        for (var site = 0; site < siteCount; site++)
        {
            var entries = new List<SiteEntry>();
            foreach (var (name, host) in frontEnds.Where((_, i) => i % siteCount == site))
            {
                var mark = Chance(0.15) ? (Chance(0.5) ? PoolMark.Removal : PoolMark.MigrationTo2019) : PoolMark.None;
                entries.Add(new PoolDeclaration(PoolKind.FrontEnd, Chance(0.85) ? new Ref(name) : new Lit(host + ".contoso.com"), Versions[random.Next(3)], mark, XmppProxy: false, Federation: false, XmppGateway: Chance(0.1)));
            }

            var siteEdges = edges.Where((_, i) => i % siteCount == site).ToList();
            foreach (var (name, _) in siteEdges)
            {
                var mark = Chance(0.15) ? (Chance(0.5) ? PoolMark.Removal : PoolMark.MigrationTo2019) : PoolMark.None;
                entries.Add(new PoolDeclaration(PoolKind.Edge, new Ref(name), Versions[random.Next(3)], mark, XmppProxy: Chance(0.6), Federation: Chance(0.5), XmppGateway: false));
            }

            if (siteEdges.Count > 0 && Chance(0.5))
            {
                entries.Add(new XmppRoute(new Ref(siteEdges[random.Next(siteEdges.Count)].Item1)));
            }

            sites.Members.Add(new SiteMethod($"Site{site}", [.. entries]));
        }

        code.Files.Add(NewFile("Sites.cs", sites));

        var teams = random.Next(1, 4);
        var teamNames = new[] { "Sales", "Engineering", "Support" };
        var partners = Enumerable.Range(0, random.Next(0, 3))
            .Select(i => new Partner($"jabber{i}.fabrikam.com", Chance(0.5) ? PoolValue(code, random) : null))
            .ToImmutableArray();
        var build = new BuildMethod(
            new Ref("Domain"),
            [.. Enumerable.Range(0, siteCount).Select(i => new SiteUse(i == 0 ? "Redmond" : "Dublin", new Ref($"Site{i}")))],
            partners,
            Chance(0.5) ? Chance(0.3) : null,
            [.. Enumerable.Range(0, teams).Select(i => (Expr)new Ref("Plan" + teamNames[i]))]);
        var topology = new CodeClass(TopologyCode.BuildType, isPublic: true);
        topology.Members.Add(build);
        code.Files.Add(NewFile("Topology.cs", topology));

        for (var team = 0; team < teams; team++)
        {
            var users = new CodeClass("Team" + teamNames[team]);
            var statements = new List<Statement>();
            foreach (var _ in Enumerable.Range(0, random.Next(1, 6)))
            {
                if (Chance(0.2))
                {
                    var array = new SipArray(teamNames[team] + "Group" + code.Next(), [.. NewSips(code, random.Next(1, 4))]);
                    users.Members.Add(array);
                    statements.Add(Group(code, random, new Ref(array.Name)));
                }
                else
                {
                    statements.Add(User(code, random));
                }
            }

            users.Members.Add(new PlanMethod("Plan" + teamNames[team], [.. statements]));
            code.Files.Add(NewFile($"Users{team}.cs", users));
        }

        // Some files start with the usings an editor's template writes, used or not.
        foreach (var file in code.Files.Where(_ => Chance(0.3)))
        {
            file.Usings.Insert(0, new UsingLine("System"));
        }

        return code;
    }

    public static CodeFile NewFile(string path, CodeClass part)
    {
        var file = new CodeFile(path);
        file.Usings.Add(new UsingLine("XmppTopology"));
        file.Classes.Add(part);
        return file;
    }

    /// <summary>A user the way the users files write them, homed on one of the pools the code names.</summary>
    public static UserChain User(TopologyCode code, Random random) =>
        new(new Lit(NewSips(code, 1)[0]), PoolValue(code, random), Xmpp(random), random.Next(5) == 0, random.Next(4) == 0 ? PoolValue(code, random) : null);

    public static GroupChain Group(TopologyCode code, Random random, Expr source) =>
        new(source, PoolValue(code, random), Xmpp(random), random.Next(4) == 0 ? PoolValue(code, random) : null);

    public static List<string> NewSips(TopologyCode code, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => $"sip:user{code.Next()}@contoso.com")];

    private static bool? Xmpp(Random random) => random.Next(4) switch { 0 or 1 => true, 2 => false, _ => null };

    /// <summary>
    /// A value naming a Front End pool: its handle (most often), its FQDN, a string constant or
    /// the cutover constant that names one, now and then an FQDN no site declares (TOPO001).
    /// </summary>
    public static Expr PoolValue(TopologyCode code, Random random)
    {
        var declared = code.Members.OfType<SiteMethod>().SelectMany(s => s.Entries).OfType<PoolDeclaration>()
            .Where(p => p.Kind == PoolKind.FrontEnd).Select(p => Evaluate(code, p.Pool)).OfType<string>().ToList();
        var handles = code.Members.OfType<Handle>().Where(h => Evaluate(code, h.Fqdn) is { } fqdn && fqdn.StartsWith("fe", StringComparison.Ordinal)).ToList();
        var constants = code.Members.Where(m => m is Text or Choice && Evaluate(code, new Ref(m.Name)) is { } fqdn && fqdn.StartsWith("fe", StringComparison.Ordinal)).ToList();
        var roll = random.Next(20);
        if (roll < 12 && handles.Count > 0)
        {
            return new Ref(handles[random.Next(handles.Count)].Name);
        }

        if (roll < 16 && declared.Count > 0)
        {
            return new Lit(declared[random.Next(declared.Count)]);
        }

        if (roll < 19 && constants.Count > 0)
        {
            return new Ref(constants[random.Next(constants.Count)].Name);
        }

        return new Lit($"fe{random.Next(5, 9)}.contoso.com");
    }

    /// <summary>The value an expression has by its declarations (static constructors aside); null when it names no string.</summary>
    public static string? Evaluate(TopologyCode code, Expr expr) => expr switch
    {
        Lit literal => literal.Value,
        Concat concat => Evaluate(code, concat.Left) is { } left && Evaluate(code, concat.Right) is { } right ? left + right : null,
        Ref reference => code.Members.FirstOrDefault(m => m.Name == reference.Name) switch
        {
            Text text => Evaluate(code, text.Value),
            Handle handle => Evaluate(code, handle.Fqdn),
            Choice choice => code.Member<Flag>(((Ref)choice.Condition).Name)?.Value is { } flag ? (flag ? choice.WhenTrue : choice.WhenFalse) : null,
            _ => null,
        },
        _ => null,
    };
}
