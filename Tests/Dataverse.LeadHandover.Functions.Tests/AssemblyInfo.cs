using Microsoft.VisualStudio.TestTools.UnitTesting;

// Every test builds its own organization, clock, Teams sink and queue; the only shared resource, Azurite, is
// shared through uniquely named queues.
[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]
