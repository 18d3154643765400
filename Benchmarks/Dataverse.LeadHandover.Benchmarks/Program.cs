using BenchmarkDotNet.Running;

namespace Dataverse.LeadHandover.Benchmarks;

public static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen by the arguments, e.g.
    /// <c>dotnet run -c Release --project Benchmarks/Dataverse.LeadHandover.Benchmarks -- --filter '*Routing*'</c>.
    /// </summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
