using System.Globalization;

namespace NewsLens.Benchmarks;

public sealed record BenchmarkOptions(int SizeMegabytes, int Seed, int Threads, string CorpusFolder, bool WordCounts, bool Analysis, bool Lucene, CountStore Store, bool TokeniseOnly, int Repeat, bool GenerateOnly = false, bool SingleThread = true)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project toolkit/NewsLens.Benchmarks -- [options]
          --size-mb N     corpus size in MB (10^6 bytes of JSON Lines), default 200
          --seed N        generator seed, default 2023
          --threads N     worker threads for the "all cores" runs, default: processor count
          --corpus DIR    where the generated shards go, default artifacts/bench/corpus-<size>mb-seed<seed>
          --only words|analysis|generate   run one half of the benchmark, or only generate the corpus
          --no-lucene     skip Lucene.NET
          --no-single-thread   full analysis: only the all-cores run (not the 1-thread baseline)
          --dictionary    every word counter counts into Dictionary<string,int> (alternate lookup) instead of SpanCounts
          --no-tokenise-only   skip the extra tokenise-and-fold-only pass (no counting)
          --repeat N      N full passes (word counts: per contender; analysis: per thread count); median and range reported (default 3)
        """;

    public static BenchmarkOptions Parse(string[] args)
    {
        int size = 200, seed = 2023, threads = Environment.ProcessorCount;
        string? folder = null, only = null;
        var lucene = true;
        var store = CountStore.SpanTable;
        var tokeniseOnly = true;
        var repeat = 3;
        var singleThread = true;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            switch (args[i])
            {
                case "--size-mb": size = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--threads": threads = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--corpus": folder = Value(); break;
                case "--only": only = Value(); break;
                case "--no-lucene": lucene = false; break;
                case "--no-single-thread": singleThread = false; break;
                case "--dictionary": store = CountStore.Dictionary; break;
                case "--no-tokenise-only": tokeniseOnly = false; break;
                case "--repeat": repeat = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "-h" or "--help": throw new ArgumentException(Usage);
                default: throw new ArgumentException($"unknown option '{args[i]}'.\n{Usage}");
            }
        }

        if (size < 1 || threads < 1 || repeat < 1 || only is not (null or "words" or "analysis" or "generate"))
        {
            throw new ArgumentException(Usage);
        }

        folder ??= Path.Combine(RepositoryRoot.Path, "artifacts", "bench", $"corpus-{size}mb-seed{seed}");
        return new BenchmarkOptions(size, seed, threads, folder, only is null or "words", only is null or "analysis", lucene, store, tokeniseOnly, repeat, only == "generate", singleThread);
    }
}
