using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace XmppTopology.Bench;

/// <summary>
/// The synthetic topology's sites and pools with its users written as the samples and the README
/// teach: each team's SIP addresses in a <c>static readonly string[]</c> field, and one
/// <c>users.Users(team)</c> call a team, homed on a pool, some moving to a 2019 pool, some with
/// XMPP. A violation is a team with XMPP planned to move to a 2019 pool. Deterministic for a seed.
/// </summary>
internal sealed record GroupedUsersTopology(int Pools, int Users, int Files, int UsersPerCall = 50, double XmppShare = 0.10, double ViolationShare = 0.01, int Seed = 42)
{
    public IReadOnlyList<(string Path, string Source)> Sources()
    {
        var random = new Random(Seed);
        var usersFiles = SyntheticTopology.UsersFiles(Files);
        var files = new List<(string, string)>(SyntheticTopology.Infrastructure(Pools, Enumerable.Range(0, usersFiles).Select(file => $"Users{file}")));
        var teams = Users / UsersPerCall;
        for (var file = 0; file < usersFiles; file++)
        {
            var fields = new StringBuilder();
            var calls = new StringBuilder();
            for (var team = file; team < teams; team += usersFiles)
            {
                // Five addresses a line, as a person lays out a long list.
                var lines = Enumerable.Range(team * UsersPerCall, UsersPerCall).Select(user => $"\"sip:user{user}@contoso.com\",").Chunk(5).Select(line => "        " + string.Join(' ', line) + "\n");
                fields.Append(CultureInfo.InvariantCulture, $"    private static readonly string[] Team{team} =\n    [\n{string.Concat(lines)}    ];\n\n");

                var violation = random.NextDouble() < ViolationShare;
                var xmpp = violation || random.NextDouble() < XmppShare;
                var moves = violation || (!xmpp && random.NextDouble() < 0.5);
                var home = Legacy(random);
                var target = moves ? $".MoveTo(Pools.P{Modern(random)})" : "";
                calls.Append(CultureInfo.InvariantCulture, $"        users.Users(Team{team}).HomedOn(Pools.P{home}){target}{(xmpp ? ".Xmpp()" : "")};\n");
            }

            files.Add(($"Users{file}.cs", $"using XmppTopology;\n\nstatic class Users{file}\n{{\n{fields}    public static void Plan(UserPlan users)\n    {{\n{calls}    }}\n}}\n"));
        }

        return files;
    }

    private int Legacy(Random random) => Pick(random, pool => !SyntheticTopology.Is2019(pool));

    private int Modern(Random random) => Pick(random, SyntheticTopology.Is2019);

    private int Pick(Random random, Func<int, bool> wanted)
    {
        var pool = random.Next(Pools);
        while (Pools > 4 && !wanted(pool))
        {
            pool = random.Next(Pools);
        }

        return pool;
    }
}
