using Microsoft.VisualStudio.TestTools.UnitTesting;

// Every test builds its own data; the only shared state (policy memo, brief buffer) is thread-safe by design.
[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]
