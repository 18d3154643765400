using Microsoft.VisualStudio.TestTools.UnitTesting;

// Every test builds its own organization and records plug-in contexts under its own key.
[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]
