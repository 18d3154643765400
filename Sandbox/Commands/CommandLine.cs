using System;
using System.Collections.Generic;
using System.Globalization;

namespace Dataverse.LeadHandover.Sandbox.Commands;

/// <summary>
/// The sandbox's command line:
/// <c>[--reset] [--port N] [--state FILE] [--frozen]</c> starts the web sandbox;
/// <c>tour</c> runs the console intake tour;
/// <c>dry-run FILE [--policy FILE]</c> replays leads in a throwaway organization.
/// </summary>
internal sealed record CommandLine(string Command, IReadOnlyDictionary<string, string?> Options, IReadOnlyList<string> Arguments)
{
    public const string Web = "web";
    public const string Tour = "tour";
    public const string DryRun = "dry-run";
    public const string Help = "help";

    public const string Usage = """
        Lead Handover sandbox

          dotnet run --project Sandbox [-- --reset] [-- --port N] [-- --state FILE] [-- --frozen]
              Starts the web sandbox on 127.0.0.1 and prints its URL. State is kept in .sandbox/state.json
              (git-ignored) between runs; --reset starts again from the seeded demo organisation. --frozen stops
              sandbox time from moving by itself (only the clock buttons move it).

          dotnet run --project Sandbox -- tour
              Pushes leads through the real plug-ins in the console and prints what the platform did.

          dotnet run --project Sandbox -- dry-run FILE.csv|FILE.json [--policy POLICY.json]
              Replays leads through the real plug-ins in a throwaway organisation (the demo roster) and prints
              routing and SLA outcomes with a fairness and breach summary. Sample: Sandbox/samples/leads.csv.
        """;

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--reset", "--frozen", "--help", "--every-lead" };

    public bool Has(string option) => Options.ContainsKey(option);

    public string? Option(string option) => Options.TryGetValue(option, out var value) ? value : null;

    public int? IntOption(string option)
    {
        var text = Option(option);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 65536
            ? value
            : throw new ArgumentException(option + " must be a port number from 1 to 65535; got '" + text + "'.");
    }

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var start = 0;
        var command = Web;
        if (args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal))
        {
            command = args[0];
            start = 1;
        }

        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var arguments = new List<string>();
        for (var i = start; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                arguments.Add(arg);
            }
            else if (Flags.Contains(arg))
            {
                options[arg] = null;
            }
            else if (i + 1 < args.Count)
            {
                options[arg] = args[++i];
            }
            else
            {
                throw new ArgumentException(arg + " needs a value.");
            }
        }

        return new CommandLine(options.ContainsKey("--help") ? Help : command, options, arguments);
    }
}
