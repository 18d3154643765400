using System;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Dataverse.LeadHandover.Release.Tests.Infrastructure;

/// <summary>
/// infra/main.bicep and the parameter files compiled once per test run (each Bicep CLI run takes seconds), shared by
/// the tests that read the result.
/// </summary>
internal static class CompiledInfrastructure
{
    public const string MainTemplate = "infra/main.bicep";

    private static readonly ConcurrentDictionary<string, Lazy<Task<BicepResult>>> Runs = new(StringComparer.Ordinal);

    public static Task<BicepResult> MainAsync(CancellationToken cancellationToken) =>
        Run(["build", MainTemplate, "--stdout"], cancellationToken);

    public static Task<BicepResult> ParametersAsync(string parameterFile, CancellationToken cancellationToken) =>
        Run(["build-params", parameterFile, "--stdout"], cancellationToken);

    /// <summary>The parameter values a parameter file resolves to (build-params wraps them in "parametersJson").</summary>
    public static async Task<JsonElement> ParameterValuesAsync(string parameterFile, CancellationToken cancellationToken)
    {
        var result = await ParametersAsync(parameterFile, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{parameterFile} does not build:{Environment.NewLine}{result.Diagnostics}");
        }

        using var wrapper = JsonDocument.Parse(result.Output);
        using var parameters = JsonDocument.Parse(wrapper.RootElement.GetProperty("parametersJson").GetString()!);
        return parameters.RootElement.GetProperty("parameters").Clone();
    }

    public static async Task<ArmTemplate> MainTemplateAsync(CancellationToken cancellationToken)
    {
        var result = await MainAsync(cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{MainTemplate} does not compile:{Environment.NewLine}{result.Diagnostics}");
        }

        return new ArmTemplate(JsonDocument.Parse(result.Output).RootElement.Clone());
    }

    // The run is shared, so no single test's token may cancel it; each caller stops waiting on its own token, and
    // the CLI's own time limit ends a run that hangs.
    private static Task<BicepResult> Run(string[] arguments, CancellationToken cancellationToken) =>
        Runs.GetOrAdd(string.Join(' ', arguments), _ => new Lazy<Task<BicepResult>>(() => BicepCli.RunAsync(arguments, CancellationToken.None)))
            .Value.WaitAsync(cancellationToken);
}
