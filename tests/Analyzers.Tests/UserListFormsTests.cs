using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Tests.Infrastructure;

namespace XmppTopology.Analyzers.Tests;

/// <summary>
/// The forms users write, in users methods read without binding and in those left to the binder:
/// the lines read are the calls the binder reads, and the diagnostics are the binder's.
/// </summary>
[Collection(nameof(IncrementalTests))]
public class UserListFormsTests
{
    // The forms users write. Forms.Plain and Forms.Teams are read without binding; every other method is bound.
    private const string Forms = """"
        using System.Collections.Generic;
        using XmppTopology;
        using P = Pools;
        static class Forms
        {
            private static readonly string[] Sales = ["sip:ken@contoso.com", "sip:lin@contoso.com"];

            private static IReadOnlyList<string> Ops => ["sip:moe@contoso.com"];

            // Comments and line breaks inside the chain, spaces inside parentheses, the three Xmpp forms.
            public static void Plain(UserPlan users)
            {
                users /* the plan */ . User( // the address
                    "sip:ann@contoso.com" )
                    // between two calls
                    .HomedOn( Pools . Fe19 )
                    .Xmpp(  );
                users.User(@"sip:bo""b@contoso.com").HomedOn(Pools.Fe19).Xmpp(true);
                users.User("sip:cy@contoso.com").Xmpp(false).HomedOn(Pools.Fe19).MoveTo("fe15.contoso.com")
                    .ExternalAccessPolicy(@"AllowXmpp");
            }

            public static void Raw(UserPlan users) => users.User("""sip:di@contoso.com""").HomedOn(Pools.Fe19).Xmpp();

            public static void Escaped(UserPlan users) => users.User("sip:e\x64@contoso.com").HomedOn("fe19\u002Econtoso.com").Xmpp();

            public static void Named(UserPlan users) => users.User("sip:fi@contoso.com").HomedOn(pool: Pools.Fe19).Xmpp(enabled: true);

            public static void Conditional(UserPlan users)
            {
        #if LAB
                users.User("sip:gil@contoso.com").HomedOn(Pools.Fe15).Xmpp();
        #else
                users.User("sip:gil@contoso.com").HomedOn(Pools.Fe19).Xmpp();
        #endif
            }

            public static void Local(UserPlan users)
            {
                var pool = Pools.Fe19;
                users.User("sip:hal@contoso.com").HomedOn(pool).Xmpp();
            }

            public static void Global(UserPlan users) => users.User("sip:ida@contoso.com").HomedOn(global::Pools.Fe19).Xmpp();

            public static void Aliased(UserPlan users) => users.User("sip:jo@contoso.com").HomedOn(P.Fe19).Xmpp();

            // Teams by the simple name of a field and of a property, beside a single user.
            public static void Teams(UserPlan users)
            {
                users.Users(Sales).HomedOn(Pools.Fe19).Xmpp();
                users.Users(Ops).Xmpp().HomedOn(Pools.Fe19);
                users.User("sip:ned@contoso.com").HomedOn(Pools.Fe19).Xmpp();
            }

            public static void TeamThroughItsType(UserPlan users) => users.Users(Forms.Sales).HomedOn(Pools.Fe15).Xmpp();

            public static void InlineTeam(UserPlan users) => users.Users(["sip:oli@contoso.com"]).HomedOn(Pools.Fe19).Xmpp();
        }
        """";

    // A statement without its semicolon: the compiler reports it, the method is bound.
    private const string Broken = """
        using XmppTopology;
        static class Broken
        {
            public static void Plan(UserPlan users)
            {
                users.User("sip:kim@contoso.com").HomedOn(Pools.Fe19).Xmpp();
                users.User("sip:lou@contoso.com").HomedOn(Pools.Fe19).Xmpp()
                users.User("sip:max@contoso.com").HomedOn(Pools.Fe15).Xmpp();
            }
        }
        """;

    private static readonly string[] FormsMethods = ["Plain", "Raw", "Escaped", "Named", "Conditional", "Local", "Global", "Aliased", "Teams", "TeamThroughItsType", "InlineTeam"];

    public static TheoryData<string> Corpora => ["shapes", "generated", "forms", "Contoso.Migration", "Fabrikam.DraftPlan"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Lines_read_without_binding_are_the_calls_of_the_binder(string corpus)
    {
        var compilation = TopologyCompilation.Create(Files(corpus));
        var before = MethodsRead();
        var usersFiles = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var bound = Facts(compilation, tree, readWithoutBinding: false);
            var read = Facts(compilation, tree, readWithoutBinding: true);

            // One shape whoever reads: a tree that only lists users keeps lines either way, and
            // they are the same calls once the infrastructure reads them as calls.
            Assert.Equal(Property(bound, "ListsOnlyUsers"), Property(read, "ListsOnlyUsers"));
            Assert.Equal(Calls(AsCalls(bound)), Calls(AsCalls(read)));
            usersFiles += (bool)Property(bound, "ListsOnlyUsers")! ? 1 : 0;
        }

        // The draft plan declares its few users in its topology file.
        Assert.True(usersFiles > 0 || corpus == "Fabrikam.DraftPlan", "no users file: the comparison would prove nothing");

        // The samples mix lists (users.Users(Sales)) with single users in one method: all bound.
        Assert.True(MethodsRead() > before || IsSample(corpus), "no method was read without binding: the comparison would prove nothing");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_file_the_binder_reads_lists_only_users_when_each_setting_is_made_once(bool readWithoutBinding)
    {
        // Shadowed.cs is one chain the binder reads; Mixed.cs makes a setting twice (Mixed.Twice),
        // which a line cannot hold: that file joins the infrastructure, as its 14 calls.
        var compilation = TopologyCompilation.Create(UserListReaderTests.Files("shapes"));
        object FactsOf(string path) => Facts(compilation, compilation.SyntaxTrees.Single(tree => tree.FilePath == path), readWithoutBinding);

        var shadowed = FactsOf("Shadowed.cs");
        Assert.True((bool)Property(shadowed, "ListsOnlyUsers")!);
        Assert.Empty((IEnumerable)Property(shadowed, "Calls")!);
        Assert.Single((IEnumerable)Property(Property(shadowed, "UserLines")!, "Bound")!);

        var mixed = FactsOf("Mixed.cs");
        Assert.False((bool)Property(mixed, "ListsOnlyUsers")!);
        Assert.Empty((IEnumerable)Property(Property(mixed, "UserLines")!, "Lines")!);
        Assert.Equal(14, ((IEnumerable)Property(mixed, "Calls")!).Cast<object>().Count());
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Reading_without_binding_gives_the_diagnostics_of_binding(string corpus)
    {
        var bound = await UserListReaderTests.Listing(Files(corpus), readUserListsWithoutBinding: false);
        var read = await UserListReaderTests.Listing(Files(corpus), readUserListsWithoutBinding: true);

        Assert.True(bound.Count > 0 || IsSample(corpus), "no diagnostic: the comparison would prove nothing");
        Assert.Equal(bound, read);
    }

    [Fact]
    public async Task Of_the_forms_users_write_only_the_plain_chains_are_read_without_binding()
    {
        var before = MethodsRead();
        var listing = await UserListReaderTests.Listing(Files("forms"), readUserListsWithoutBinding: true);

        // The shapes corpus reads eight methods (UserListReaderTests); Forms.Plain and Forms.Teams make ten.
        Assert.Equal(10, MethodsRead() - before);

        // Every form is checked all the same: each XMPP user homed on the 2019 pool is reported,
        // whoever reads it (cy has Xmpp(false), max is homed on the 2015 pool).
        foreach (var sip in new[] { "ann", "bo\"b", "di", "ed", "fi", "gil", "hal", "ida", "jo", "kim", "lou", "ken", "lin", "moe", "ned", "oli" })
        {
            Assert.Contains(listing, line => line.Contains($"'sip:{sip}@contoso.com'", StringComparison.Ordinal) && line.Contains(RuleIdsXmpp001, StringComparison.Ordinal));
        }
    }

    private const string RuleIdsXmpp001 = "| XMPP001 |";

    private static bool IsSample(string corpus) => corpus.Contains('.', StringComparison.Ordinal);

    private static IEnumerable<(string Path, string Source)> Files(string corpus) => corpus switch
    {
        "shapes" or "generated" => UserListReaderTests.Files(corpus),
        "forms" => UserListReaderTests.Files("shapes")
            .Select(file => file.Path == "Topology.cs"
                ? (file.Path, file.Source.Replace(".Users(HostUsers.Plan)", ".Users(HostUsers.Plan)" + string.Concat(FormsMethods.Select(m => $".Users(Forms.{m})")) + ".Users(Broken.Plan)", StringComparison.Ordinal))
                : file)
            .Append(("Forms.cs", Forms))
            .Append(("Broken.cs", Broken)),
        _ => TopologyCompilation.Sample(corpus),
    };

    // The tree's facts, every method bound or users methods read without binding.
    private static object Facts(Compilation compilation, SyntaxTree tree, bool readWithoutBinding)
    {
        var analyzers = typeof(TopologyAnalyzer).Assembly;
        var dsl = analyzers.GetType("XmppTopology.Analyzers.Dsl.DslSymbols", throwOnError: true)!.GetMethod("Find")!.Invoke(null, [compilation])!;
        return analyzers.GetType("XmppTopology.Analyzers.Extraction.TreeFactsExtractor", throwOnError: true)!.GetMethod("Extract")!
            .Invoke(null, [compilation.GetSemanticModel(tree), dsl, 0UL, CancellationToken.None, readWithoutBinding])!;
    }

    // Records by their public properties, collections by their elements: ImmutableArray's own text names only its type.
    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Describe)) + "]",
        _ when value.GetType().Assembly == typeof(TopologyAnalyzer).Assembly && !value.GetType().IsEnum =>
            value.GetType().Name + "{" + string.Join(", ", value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
                .Select(p => $"{p.Name}={Describe(p.GetValue(value))}")) + "}",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    private static object? Property(object owner, string name) => owner.GetType().GetProperty(name)!.GetValue(owner);

    // The calls the infrastructure reads of a tree's facts: its lines as calls, after its other calls.
    private static List<object> AsCalls(object facts)
    {
        var asCalls = facts.GetType().GetMethod("WithLinesAsCalls")!.Invoke(facts, [CancellationToken.None])!;
        return ((IEnumerable)Property(asCalls, "Calls")!).Cast<object>().ToList();
    }

    // Calls in source order, each receiver made by a call named by that call's span: the lines'
    // calls come after the other calls in a tree that is not only users, and are numbered so.
    private static List<string> Calls(List<object> calls) => calls
        .Select(call => string.Join(" ", call.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.Name == "Receiver" && p.GetValue(call) is { } receiver && receiver.GetType().Name == "Created"
                ? $"Receiver=the call at {Property(calls[(int)Property(receiver, "Call")!], "Span")}"
                : $"{p.Name}={Describe(p.GetValue(call))}")))
        .Order(StringComparer.Ordinal)
        .ToList();

    private static long MethodsRead() => UserListReaderTests.Counter("Extraction.UserListReader", "MethodsRead");
}
