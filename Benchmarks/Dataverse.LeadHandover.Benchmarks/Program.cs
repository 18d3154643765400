using BenchmarkDotNet.Running;

namespace Dataverse.LeadHandover.Benchmarks;

public static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen by the arguments, e.g.
    /// <c>dotnet run -c Release --project Benchmarks/Dataverse.LeadHandover.Benchmarks -- --filter '*Routing*'</c>.
    /// </summary>
    public static void Main(string[] args)
    {
        // The sweep comparison is a measured run on a simulated clock, not a BenchmarkDotNet job.
        if (args is ["sweep", ..])
        {
            System.Environment.Exit(Sweep.SweepMeasuredRun.Run(System.Console.Out));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
