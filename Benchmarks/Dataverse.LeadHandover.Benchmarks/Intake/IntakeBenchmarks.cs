extern alias plugins;

using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;
using plugins::Dataverse.LeadHandover.Domain.Intake;
using plugins::Dataverse.LeadHandover.Domain.Qualification;
using plugins::Dataverse.LeadHandover.Domain.Schema;
using plugins::Dataverse.LeadHandover.Plugins.Data;
using plugins::Dataverse.LeadHandover.Plugins.Intake;
using plugins::Dataverse.LeadHandover.Plugins.Mapping;

namespace Dataverse.LeadHandover.Benchmarks.Intake;

/// <summary>
/// What the intake plug-ins do per lead once their queries have answered: map the Target, validate
/// (PreValidation), stamp (PreOperation) and write the stamp into the Target. No I/O: the catalogue and
/// policy are the ones the plug-ins would have read. Target: ≤ 20 µs and ≤ 4 KB per lead (issue #5).
/// </summary>
[MemoryDiagnoser]
public class IntakeBenchmarks
{
    private static readonly Guid Website = new("00000000-0000-4000-8000-00000000000a");
    private readonly LeadIntakeService _service = new(new Catalogue(), new Policy(), new NoRoles());
    private Entity _template = null!;

    [GlobalSetup]
    public void Setup()
    {
        _template = new Entity(LeadSchema.EntityName)
        {
            [LeadSchema.FirstName] = "Ana",
            [LeadSchema.LastName] = "Silva",
            [LeadSchema.EmailAddress1] = " Ana.Silva@Contoso.Example ",
            [LeadSchema.Telephone1] = "+44 20 7946 0000",
            [LeadSchema.JobTitle] = "Head of Operations",
            [LeadSchema.CompanyName] = "Contoso Manufacturing",
            [LeadSchema.IndustryCode] = new OptionSetValue(19),
            [LeadSchema.NumberOfEmployees] = 850,
            [LeadSchema.Need] = new OptionSetValue(0),
            [LeadSchema.NeedSummary] = "Replace spreadsheets for shop-floor scheduling",
            [LeadSchema.PurchaseTimeFrame] = new OptionSetValue(1),
            [LeadSchema.BudgetAmount] = new Money(120000m),
            [LeadSchema.BudgetStatus] = new OptionSetValue(2),
            [LeadSchema.DecisionMaker] = true,
            [LeadSchema.NextSteps] = "Demo with the COO on Thursday",
            [LeadSchema.EngagedContent] = "Whitepaper: scheduling without spreadsheets",
            [LeadSchema.LeadQualityCode] = new OptionSetValue(1),
            [LeadSchema.LeadSourceId] = new EntityReference(LeadSourceSchema.EntityName, Website),
            [LeadSchema.SalesReady] = true,
        };
    }

    /// <summary>The platform's share: a fresh Target per Create. Subtract it from the next benchmark to get ours.</summary>
    [Benchmark(Baseline = true, Description = "Fresh Target only (platform's share)")]
    public Entity FreshTarget() => CopyOfTemplate();

    [Benchmark(Description = "Fresh Target + validate + stamp (sales-ready Hot lead)")]
    public Entity ValidateAndStampCreate()
    {
        var target = CopyOfTemplate();
        var facts = LeadFactsMapper.FromRow(target);
        var change = new LeadChange(facts, facts, IsCreate: true, SalesReadyRequested: true, SourceSubmitted: true, PreviousSourceId: null, BypassReason: null, InitiatingUserId: Guid.Empty, OperationTime: DateTime.UnixEpoch);
        _service.Validate(change);
        LeadStampWriter.Apply(_service.Stamp(change), target);
        return target;
    }

    private Entity CopyOfTemplate()
    {
        var copy = new Entity(LeadSchema.EntityName);
        foreach (var attribute in _template.Attributes)
        {
            copy[attribute.Key] = attribute.Value;
        }

        return copy;
    }

    private sealed class Catalogue : ILeadSourceCatalogue
    {
        private readonly IReadOnlyList<LeadSourceEntry> _entries = new[]
        {
            new LeadSourceEntry(Website, "Website") { LeadSourceCode = 8 },
            new LeadSourceEntry(new Guid("00000000-0000-4000-8000-00000000000b"), "Google Ads") { UtmSource = "google" },
            new LeadSourceEntry(new Guid("00000000-0000-4000-8000-00000000000c"), "Partner referrals") { LeadSourceCode = 4 },
        };

        public IReadOnlyList<LeadSourceEntry> Entries() => _entries;
    }

    private sealed class Policy : IHandoverPolicySource
    {
        public HandoverPolicy Current() => HandoverPolicy.Default;
    }

    private sealed class NoRoles : ICallerRoles
    {
        public IReadOnlyList<string> RoleNamesOf(Guid userId) => Array.Empty<string>();
    }
}
