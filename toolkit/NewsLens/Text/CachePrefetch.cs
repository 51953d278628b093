using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace NewsLens.Text;

/// <summary>
/// Asks the processor to start loading a table slot into its caches ahead of use. Counting into a table far larger
/// than the caches waits on memory for every new key; naming the slot of a key a few keys ahead lets those waits
/// overlap. A hint only: it reads nothing and changes nothing, so results never depend on it (a no-op where the
/// instruction is unavailable).
/// </summary>
internal static class CachePrefetch
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Touch<T>(ref T item)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref item));
        }
    }
}
