using System;
using System.Text.RegularExpressions;

namespace XmppTopology;

/// <summary>
/// Argument checks for structural misuse of the DSL: they throw at the call that caused it, so
/// the stack trace points at the offending line. Rule violations never throw; Validate() reports them.
/// </summary>
internal static class Guard
{
    // RFC 1123 host names: dot-separated labels of letters, digits and inner hyphens.
    private static readonly Regex FqdnPattern = new(
        @"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$",
        RegexOptions.CultureInvariant);

    // sip:user@domain, the form Skype for Business uses for SIP addresses.
    private static readonly Regex SipPattern = new(
        @"^sip:[^@\s:;]+@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static T NotNull<T>(T? value, string parameter)
        where T : class =>
        value ?? throw new ArgumentNullException(parameter);

    public static string Name(string? value, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("A name cannot be null, empty or white space.", parameter);
        }

        return value!;
    }

    public static string Fqdn(string? value, string parameter)
    {
        Name(value, parameter);
        if (!FqdnPattern.IsMatch(value!))
        {
            throw new ArgumentException($"'{value}' is not a fully qualified domain name (labels of letters, digits and hyphens separated by dots, e.g. fe01.contoso.com).", parameter);
        }

        return value!;
    }

    public static string SipAddress(string? value, string parameter)
    {
        Name(value, parameter);
        if (!SipPattern.IsMatch(value!))
        {
            throw new ArgumentException($"'{value}' is not a SIP address of the form sip:user@domain.", parameter);
        }

        return value!;
    }

    public static TEnum Defined<TEnum>(TEnum value, string parameter)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(typeof(TEnum), value))
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"Not a {typeof(TEnum).Name} value.");
        }

        return value;
    }
}
