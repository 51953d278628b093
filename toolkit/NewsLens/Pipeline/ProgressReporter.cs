using System.Diagnostics;
using System.Globalization;

namespace NewsLens.Pipeline;

/// <summary>
/// Progress of a streaming run on a writer (stderr): on a terminal one line rewritten in place at most five times a
/// second; redirected, a full line every <see cref="LineInterval"/>. Articles/s, MB/s (bytes on disk) and an ETA from the
/// share of bytes done. Nothing is printed for runs shorter than a second. Used by analyze, mentions, sentiment and
/// compare.
/// </summary>
public sealed class ProgressReporter : IProgress<StreamingProgress>
{
    public static TimeSpan LineInterval { get; } = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(200);
    private readonly Lock _lock = new();
    private readonly TextWriter _writer;
    private readonly bool _terminal;
    private readonly string _label;
    private readonly Func<TimeSpan> _elapsed;
    private TimeSpan _lastPrinted = TimeSpan.Zero;
    private bool _printedInPlace;

    /// <summary>Progress timed from now by the system clock.</summary>
    public ProgressReporter(TextWriter writer, bool terminal, string label)
        : this(writer, terminal, label, StartedClock())
    {
    }

    /// <summary>Progress timed by <paramref name="elapsed"/> (time since the run started; tests give a fake clock).</summary>
    public ProgressReporter(TextWriter writer, bool terminal, string label, Func<TimeSpan> elapsed)
    {
        _writer = writer;
        _terminal = terminal;
        _label = label;
        _elapsed = elapsed;
    }

    private static Func<TimeSpan> StartedClock()
    {
        var started = Stopwatch.GetTimestamp();
        return () => Stopwatch.GetElapsedTime(started);
    }

    public void Report(StreamingProgress value)
    {
        lock (_lock)
        {
            var elapsed = _elapsed();
            var interval = _terminal ? TerminalInterval : LineInterval;
            var last = value.PartsDone == value.Parts;
            if (elapsed < TimeSpan.FromSeconds(1) || (!last && elapsed - _lastPrinted < interval))
            {
                return;
            }

            _lastPrinted = elapsed;
            var line = Describe(_label, value, elapsed);
            if (_terminal)
            {
                _writer.Write("\r" + line.PadRight(78));
                _printedInPlace = true;
            }
            else
            {
                _writer.WriteLine(line);
            }
        }
    }

    /// <summary>Ends the in-place line on a terminal, so the next output starts on a fresh line.</summary>
    public void Complete()
    {
        lock (_lock)
        {
            if (_printedInPlace)
            {
                _writer.WriteLine();
                _printedInPlace = false;
            }
        }
    }

    /// <summary>"analyze: 41% 12,345 articles 2,100 articles/s 18.3 MB/s ETA 0:07".</summary>
    public static string Describe(string label, StreamingProgress value, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        var share = value.Bytes > 0 ? (double)value.BytesDone / value.Bytes : (double)value.PartsDone / Math.Max(1, value.Parts);
        var remaining = share > 0 ? TimeSpan.FromSeconds(seconds * (1 - share) / share) : TimeSpan.Zero;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{label}: {share * 100:F0}% {value.Articles:N0} articles {value.Articles / seconds:N0} articles/s {value.BytesDone / 1e6 / seconds:N1} MB/s ETA {(int)remaining.TotalMinutes}:{remaining.Seconds:D2}");
    }
}
