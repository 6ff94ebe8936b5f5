using System.Text.RegularExpressions;

namespace XmppTopology.Cli.Import;

/// <summary>
/// The DSL's own checks of a FQDN and a SIP address (its <c>Guard</c>), so that nothing is written
/// that would compile and then throw at <c>Build()</c>. The tests hold both to the same verdicts.
/// </summary>
internal static class DslValues
{
    private static readonly Regex FqdnPattern = new(
        @"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$",
        RegexOptions.CultureInvariant);

    private static readonly Regex SipPattern = new(
        @"^sip:[^@\s:;]+@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static bool IsFqdn(string? value) => value is not null && FqdnPattern.IsMatch(value);

    public static bool IsSipAddress(string? value) => !string.IsNullOrWhiteSpace(value) && SipPattern.IsMatch(value);
}
