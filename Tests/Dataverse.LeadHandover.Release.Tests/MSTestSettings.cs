using Microsoft.VisualStudio.TestTools.UnitTesting;

// Every test only reads files or runs the Bicep CLI into its own output; none writes shared state.
[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]
