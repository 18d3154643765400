// net462 lacks the type the compiler needs for init-only setters and records.
#if NETFRAMEWORK
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
#endif
