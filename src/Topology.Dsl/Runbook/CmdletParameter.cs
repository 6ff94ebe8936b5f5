using System;

namespace XmppTopology;

/// <summary>
/// One named parameter of a cmdlet call: a string (a SIP address, an FQDN, a policy name, an
/// enumeration value by name) or a Boolean.
/// </summary>
public sealed class CmdletParameter
{
    internal CmdletParameter(string name, object value)
    {
        Name = name;
        Value = value is string or bool ? value : throw new ArgumentException("A cmdlet parameter is a string or a Boolean.", nameof(value));
    }

    /// <summary>The parameter's name as the cmdlet reference writes it, without the dash (Identity, Target).</summary>
    public string Name { get; }

    /// <summary>A <see cref="string"/> or a <see cref="bool"/>.</summary>
    public object Value { get; }

    /// <summary>The parameter as PowerShell writes it: <c>-Name 'value'</c> or <c>-Name $true</c>.</summary>
    public string ToPowerShell() => $"-{Name} {(Value is bool flag ? (flag ? "$true" : "$false") : CmdletCall.Quote((string)Value))}";

    /// <inheritdoc />
    public override string ToString() => ToPowerShell();
}
