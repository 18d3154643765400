using System;
using Dataverse.LeadHandover.Sandbox.Commands;
using Dataverse.LeadHandover.Sandbox.DryRun;

// The local run of the Lead Handover flow, no tenant and no Azure: the web sandbox by default, or a console command.
CommandLine line;
try
{
    line = CommandLine.Parse(args);
}
catch (ArgumentException problem)
{
    Console.Error.WriteLine(problem.Message);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

switch (line.Command)
{
    case CommandLine.Web:
        return await WebCommand.RunAsync(line, Console.Out);
    case CommandLine.Tour:
        return TourCommand.Run(Console.Out);
    case CommandLine.DryRun:
        return await DryRunCommand.RunAsync(line, Console.Out, Console.Error);
    case CommandLine.Help:
        Console.WriteLine(CommandLine.Usage);
        return 0;
    default:
        Console.Error.WriteLine("Unknown command '" + line.Command + "'.");
        Console.Error.WriteLine(CommandLine.Usage);
        return 2;
}
