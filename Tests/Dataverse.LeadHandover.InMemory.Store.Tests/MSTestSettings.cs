using Microsoft.VisualStudio.TestTools.UnitTesting;

// Every test builds its own store and clock; nothing is shared between tests.
[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]
