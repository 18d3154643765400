using Microsoft.VisualStudio.TestTools.UnitTesting;

// Every test builds its own objects; nothing is shared between tests.
[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]
