namespace Dataverse.LeadHandover.Release.Tests.Infrastructure;

/// <summary>One app setting the Functions app binds (<c>Section__Property</c>), as its option class declares it.</summary>
internal sealed record FunctionSetting(string Name, bool IsRequired, bool IsSecret, string Source);
