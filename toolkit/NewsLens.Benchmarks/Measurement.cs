using System.Diagnostics;

namespace NewsLens.Benchmarks;

/// <summary>What one contender or pipeline did on the corpus in one mode.</summary>
public sealed record Measurement(string Name, int Threads, TimeSpan Elapsed, TimeSpan ProcessorTime, long TextBytes, long Tokens, long AllocatedBytes, long PeakWorkingSet)
{
    public double MegabytesPerSecond => TextBytes / 1e6 / Elapsed.TotalSeconds;

    public double TokensPerSecond => Tokens / Elapsed.TotalSeconds;

    public double AllocatedBytesPerToken => Tokens == 0 ? 0 : (double)AllocatedBytes / Tokens;
}

/// <summary>
/// Times a piece of work; the bytes it allocated are summed from the threads that did it (<see cref="Track"/>), each
/// measured with its own thread counter. (The process-wide <c>GC.GetTotalAllocatedBytes</c> difference came out
/// negative on a 2-thread run with server GC, so it is not used.)
/// </summary>
public sealed class WorkMeter
{
    private long _ticks;
    private long _allocated;
    private TimeSpan _processor;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, _ticks);

    /// <summary>CPU time of the whole process while the work ran: on a loaded machine, wall time alone overstates the cost.</summary>
    public TimeSpan ProcessorTime => _processor;

    public long AllocatedBytes => _allocated;

    public void Run(Action work)
    {
        var processor = ProcessCpu();
        var start = Stopwatch.GetTimestamp();
        work();
        _ticks += Stopwatch.GetTimestamp() - start;
        _processor += ProcessCpu() - processor;
    }

    /// <summary>Runs part of the work on the current thread and adds what this thread allocated meanwhile.</summary>
    public void Track(Action body)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        body();
        Interlocked.Add(ref _allocated, Math.Max(0, GC.GetAllocatedBytesForCurrentThread() - before));
    }

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

/// <summary>
/// The highest working set seen while it runs (sampled every 5 ms), because Process.PeakWorkingSet64 only ever
/// grows and so cannot tell one phase of the run from the next.
/// </summary>
public sealed class PeakMemorySampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peak;

    public PeakMemorySampler()
    {
        _peak = Environment.WorkingSet;
        _thread = new Thread(Sample) { IsBackground = true, Name = "peak memory sampler" };
        _thread.Start();
    }

    public long Peak => Math.Max(Interlocked.Read(ref _peak), Environment.WorkingSet);

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    private void Sample()
    {
        while (!_stop)
        {
            var now = Environment.WorkingSet;
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }

            Thread.Sleep(5);
        }
    }
}
