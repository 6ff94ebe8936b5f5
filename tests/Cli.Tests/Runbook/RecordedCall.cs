using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace XmppTopology.Cli.Tests.Runbook;

/// <summary>One cmdlet call a stub recorded, written back as the command line that made it.</summary>
internal sealed record RecordedCall(string Cmdlet, IReadOnlyList<(string Name, JsonElement Value)> Parameters)
{
    public static IReadOnlyList<RecordedCall> From(JsonElement record) =>
        record.GetProperty("calls").EnumerateArray()
            .Select(call => new RecordedCall(
                call.GetProperty("cmdlet").GetString()!,
                call.GetProperty("parameters").EnumerateObject().Select(p => (p.Name, p.Value)).ToList()))
            .ToList();

    public bool Changes => !Cmdlet.StartsWith("Get-", System.StringComparison.Ordinal);

    public bool WhatIf => Parameters.Any(p => p.Name == "WhatIf" && p.Value.GetBoolean());

    /// <summary>As <see cref="CmdletCall.ToPowerShell"/> writes it: -WhatIf last, values quoted.</summary>
    public string CommandLine =>
        string.Join(' ', Parameters.Where(p => p.Name != "WhatIf").Select(p => $"-{p.Name} {Render(p.Value)}").Prepend(Cmdlet))
        + (WhatIf ? " -WhatIf" : "");

    private static string Render(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => "$true",
        JsonValueKind.False => "$false",
        _ => CmdletCall.Quote(value.GetString()!),
    };
}
