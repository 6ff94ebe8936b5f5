namespace XmppTopology.Analyzers.Dsl;

/// <summary>Which DSL methods declare users and which set them, as the DSL's description says: what facts, join and checks agree on.</summary>
internal static class DslMethodKinds
{
    public static bool DeclaresUsers(this DslMethod method) => DslMethods.Of(method) is DslUsersDeclaration;

    public static bool SetsAUser(this DslMethod method) => DslMethods.Of(method) is DslSetting<User>;
}
