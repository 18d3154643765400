using Microsoft.VisualStudio.TestTools.UnitTesting;

// Every test only reads files; none writes, so they can run side by side.
[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]
