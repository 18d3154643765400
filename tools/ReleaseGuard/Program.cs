using System;
using Dataverse.LeadHandover.ReleaseGuard;

if (args.Length == 0)
{
    Console.Error.WriteLine("Usage: ReleaseGuard <assembly.dll> [more.dll ...]  — refuses anything not built with -p:DataverseSdk=Official.");
    return 2;
}

var refused = 0;
foreach (var path in args)
{
    var problems = ReleaseVerdict.Problems(ArtifactInspection.Read(path));
    if (problems.Count == 0)
    {
        Console.WriteLine("deployable: " + path);
        continue;
    }

    refused++;
    Console.Error.WriteLine("NOT DEPLOYABLE: " + path + ": " + string.Join("; ", problems) + ". Rebuild with -p:DataverseSdk=Official against Microsoft's packages.");
}

return refused == 0 ? 0 : 1;
