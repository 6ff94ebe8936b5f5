namespace XmppTopology.Analyzers.Dsl;

/// <summary>Which DSL methods declare users and which set them: what facts, join and checks agree on.</summary>
internal static class DslMethodKinds
{
    public static bool DeclaresUsers(this DslMethod method) => method is DslMethod.User or DslMethod.UserGroup;

    public static bool SetsAUser(this DslMethod method) =>
        method is DslMethod.HomedOn or DslMethod.MoveTo or DslMethod.ExternalAccessPolicy or DslMethod.Xmpp;
}
