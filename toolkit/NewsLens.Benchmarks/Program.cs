using System.Diagnostics;
using System.Runtime;
using NewsLens.Benchmarks;

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var output = Console.Out;
#if DEBUG
output.WriteLine("WARNING: Debug build; run with -c Release for meaningful figures.");
#endif
output.WriteLine($"NewsLens benchmark: .NET {Environment.Version}, {Environment.ProcessorCount} logical cores, {RuntimeInformationText()}, GC {(GCSettings.IsServerGC ? "server" : "workstation")}");
output.WriteLine($"Load average at start: {LoadAverage()}");
var shards = Shards.Prepare(options, output);
var corpusBytes = shards.Sum(s => new FileInfo(s).Length);
output.WriteLine($"Corpus: {shards.Count} JSON Lines shards, {corpusBytes / 1e6:F1} MB, seed {options.Seed}, in {options.CorpusFolder}");
output.WriteLine();

if (options.GenerateOnly)
{
    return 0;
}

if (options.Analysis)
{
    output.WriteLine("## Full analysis (the toolkit's StreamingAnalysis: the shards cut into parts as analyze cuts a corpus (a ~4 MB shard is one part), one batch each; N threads prepare batches, each stage counts on its own thread)");
    output.WriteLine();
    AnalysisBenchmark.WarmUp(shards[0], Path.Combine(options.CorpusFolder, "..", "scratch"));
    var runs = new List<IReadOnlyList<AnalysisBenchmark.Result>>();
    for (var pass = 0; pass < options.Repeat; pass++)
    {
        runs.Add([.. Modes(options.Threads).Where(t => options.SingleThread || t > 1 || options.Threads == 1).Select(threads => AnalysisBenchmark.Run(shards, threads))]);
    }

    Report.Analysis(output, runs);
    output.WriteLine($"Process peak working set after the analysis runs: {Report.Megabytes(Process.GetCurrentProcess().PeakWorkingSet64)}");
    output.WriteLine();
}

if (options.WordCounts)
{
    output.WriteLine("## Tokenise + count lower-cased words (same shards for every contender)");
    output.WriteLine();
    var contenders = WordCountContenders.All(options.Store, options.Lucene);

    foreach (var contender in contenders)
    {
        output.WriteLine($"- {contender.Name}: {contender.Description}");
    }

    output.WriteLine();
    var repeats = Enumerable.Range(0, options.Repeat).Select(pass => WordCountBenchmark.Run(shards, contenders, options.Threads, pass == 0 ? output : TextWriter.Null)).ToList();
    output.WriteLine();
    Report.WordCounts(output, repeats);

    if (options.TokeniseOnly)
    {
        output.WriteLine("## Tokenise + fold only (no counting: token lengths are summed), 1 thread");
        output.WriteLine();
        var tokenising = Enumerable.Range(0, options.Repeat).Select(pass => WordCountBenchmark.Run(shards, WordCountContenders.All(CountStore.None, options.Lucene), threads: 1, pass == 0 ? output : TextWriter.Null)).ToList();
        output.WriteLine();
        Report.WordCounts(output, tokenising);
    }
}

output.WriteLine($"Load average at end: {LoadAverage()}");
return 0;

static IEnumerable<int> Modes(int threads) => threads > 1 ? [1, threads] : [1];

static string RuntimeInformationText() => System.Runtime.InteropServices.RuntimeInformation.OSDescription;

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
