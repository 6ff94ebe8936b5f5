using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using XmppTopology.Testing;
using XmppTopology.Rules;

namespace XmppTopology.Tests;

/// <summary>
/// The DSL's description (<see cref="DslMethods"/>) is the DSL: every public method a topology can
/// call is described, on the builder that declares it, with the arguments its signature has.
/// The analyzer recognises and understands calls only through this description.
/// </summary>
public class DslDescriptionTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly MethodInfo Define = typeof(Topology).GetMethod(nameof(Topology.Define))!;

    [Fact]
    public void Every_public_method_of_every_builder_a_topology_reaches_is_described()
    {
        var reflected = Builders().SelectMany(DslMethodsOf).Select(method => (method.DeclaringType!, method.Name)).Append((typeof(Topology), Define.Name));
        var described = DslMethods.All.Select(method => (method.Builder, method.Name));

        Assert.Equal(reflected.OrderBy(Key), described.OrderBy(Key));
    }

    [Fact]
    public void Every_DslMethod_value_is_described_once()
    {
        var methods = Enum.GetValues<DslMethod>().ToList();

        Assert.Equal(methods.Count, DslMethods.All.Count);
        Assert.Equal(methods, DslMethods.All.Select(description => description.Method).OrderBy(method => method));
        Assert.All(methods, method => Assert.Equal(method, DslMethods.Of(method).Method));
    }

    [Fact]
    public void Every_description_has_the_arguments_of_its_methods_signature()
    {
        foreach (var description in DslMethods.All)
        {
            var method = Assert.Single(description.Builder.GetMethods(Declared), m => m.Name == description.Name);
            var values = method.GetParameters().Where(parameter => !typeof(Delegate).IsAssignableFrom(parameter.ParameterType)).ToList();

            Assert.Equal(values.Select(parameter => parameter.Position), description.Arguments.Select(argument => argument.Ordinal));
            foreach (var (parameter, argument) in values.Zip(description.Arguments))
            {
                Assert.True(KindOf(parameter.ParameterType) == argument.Kind, $"{description}({parameter.Name}) is a {parameter.ParameterType.Name}, described as {argument.Kind}");
                Assert.True(
                    (parameter.HasDefaultValue ? (bool?)parameter.DefaultValue : null) == argument.WhenOmitted,
                    $"{description}({parameter.Name}) defaults to {parameter.DefaultValue}, described as {argument.WhenOmitted}");
            }
        }
    }

    [Fact]
    public void Every_kind_matches_what_the_method_returns_and_hands_on()
    {
        foreach (var description in DslMethods.All.Where(d => d.Kind != DslMethodKind.Defines))
        {
            var method = description.Builder.GetMethods(Declared).Single(m => m.Name == description.Name);
            var returnsItsBuilder = method.ReturnType == description.Builder || method.ReturnType == description.Builder.GetGenericArguments().FirstOrDefault();
            var callback = method.GetParameters().Select(p => p.ParameterType).FirstOrDefault(typeof(Delegate).IsAssignableFrom);
            var handed = callback?.GetGenericArguments().Single();
            var ok = description.Kind switch
            {
                // A new element's builder: handed to a callback, or returned (UserPlan.User).
                DslMethodKind.Declares => handed is not null ? returnsItsBuilder && Builders().Contains(handed) : Builders().Contains(method.ReturnType),
                DslMethodKind.Sets or DslMethodKind.Adds => returnsItsBuilder && callback is null,
                DslMethodKind.HandsOn => returnsItsBuilder && handed is not null && Builders().Contains(handed),
                _ => false,
            };
            Assert.True(ok, $"{description} is described as {description.Kind}");
        }
    }

    [Fact]
    public void Every_setting_does_to_the_model_what_the_builder_does()
    {
        // The builders build through the description: a call and its description give one model.
        var built = Topology.Define("contoso.com", t => t
            .CentralSite("Redmond", site => site.EdgePool("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy().MarkForRemoval())))
            .Pools.Single();
        var described = DslMethods.MarkForRemoval.Apply(DslMethods.XmppProxy.Apply(
            DslMethods.EdgePool.Declare("edge15.contoso.com", ProductVersion.SkypeForBusiness2015, "Redmond"), true));

        Assert.Equal(described, built);
        Assert.Equal(PlannedChange.Removal, built.Plan);
        Assert.True(built.XmppProxy);
    }

    [Fact]
    public void Every_value_TOPO005_can_name_is_listed_on_its_page()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "rules", RuleIds.Topo005 + ".md"));

        foreach (var what in DslMethods.All.SelectMany(d => d.Arguments).Select(a => a.What).Distinct())
        {
            Assert.True(page.Contains($"`{what}`", StringComparison.Ordinal), $"docs/rules/TOPO005.md does not list the {what}");
        }
    }

    // The builder types a topology reaches from Define: those handed to callbacks, those methods
    // return, and the bases they inherit methods from.
    private static HashSet<Type> Builders()
    {
        var builders = new HashSet<Type>();
        var pending = new Queue<Type>(Define.GetParameters().Select(p => p.ParameterType).Where(IsCallback).Select(t => t.GetGenericArguments()[0]));
        while (pending.TryDequeue(out var type))
        {
            type = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
            if (type.Assembly != Define.DeclaringType!.Assembly || !builders.Add(type))
            {
                continue;
            }

            if (type.BaseType is { } baseType)
            {
                pending.Enqueue(baseType);
            }

            foreach (var method in DslMethodsOf(type))
            {
                pending.Enqueue(method.ReturnType);
                foreach (var callback in method.GetParameters().Select(p => p.ParameterType).Where(IsCallback))
                {
                    pending.Enqueue(callback.GetGenericArguments()[0]);
                }
            }
        }

        return builders;
    }

    private static IEnumerable<MethodInfo> DslMethodsOf(Type builder) =>
        builder.GetMethods(Declared).Where(method => !method.IsSpecialName && method.GetBaseDefinition().DeclaringType == builder);

    private static bool IsCallback(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Action<>);

    private static DslValueKind? KindOf(Type type) =>
        type == typeof(string) ? DslValueKind.Text
        : type == typeof(PoolRef) ? DslValueKind.Pool
        : type == typeof(bool) ? DslValueKind.Flag
        : type.IsEnum ? DslValueKind.Choice
        : typeof(IEnumerable<string>).IsAssignableFrom(type) ? DslValueKind.Texts
        : null;

    private static string Key((Type Builder, string Name) method) => $"{method.Builder.FullName}.{method.Name}";
}
