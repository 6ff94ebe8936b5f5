using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace XmppTopology;

/// <summary>
/// A call of a Skype for Business Server Management Shell cmdlet with its parameters, in the
/// order the cmdlet reference lists them. Automation can run it as it is (cmdlet name and named
/// parameters); <see cref="ToPowerShell"/> writes it as a command line.
/// </summary>
public sealed class CmdletCall
{
    internal CmdletCall(string cmdlet, bool changesDeployment, params CmdletParameter[] parameters)
    {
        Cmdlet = cmdlet;
        ChangesDeployment = changesDeployment;
        Parameters = parameters.ToList().AsReadOnly();
    }

    /// <summary>The cmdlet's name (Move-CsUser).</summary>
    public string Cmdlet { get; }

    /// <summary>The cmdlet changes the deployment (and so takes -WhatIf); false for the Get- cmdlets that only read it.</summary>
    public bool ChangesDeployment { get; }

    public IReadOnlyList<CmdletParameter> Parameters { get; }

    /// <summary>The call as one PowerShell command line; <paramref name="whatIf"/> adds -WhatIf to a changing cmdlet.</summary>
    public string ToPowerShell(bool whatIf = false)
    {
        var line = new StringBuilder(Cmdlet);
        foreach (var parameter in Parameters)
        {
            line.Append(' ').Append(parameter.ToPowerShell());
        }

        if (whatIf && ChangesDeployment)
        {
            line.Append(" -WhatIf");
        }

        return line.ToString();
    }

    /// <summary>
    /// A PowerShell single-quoted string: nothing in it is expanded. PowerShell also takes the
    /// typographic single quotes (U+2018 to U+201B) as quote marks, so those are doubled too.
    /// </summary>
    public static string Quote(string text)
    {
        Guard.NotNull(text, nameof(text));
        var quoted = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var character in text)
        {
            if (character is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B')
            {
                quoted.Append(character);
            }

            quoted.Append(character);
        }

        return quoted.Append('\'').ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToPowerShell();
}
