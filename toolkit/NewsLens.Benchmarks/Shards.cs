using System.Text;
using System.Text.Json;

namespace NewsLens.Benchmarks;

/// <summary>The generated corpus on disk: JSON Lines shards, generated once per seed and size and reused.</summary>
public static class Shards
{
    private const string CompleteMarker = ".complete";

    public static IReadOnlyList<string> Prepare(BenchmarkOptions options, TextWriter log)
    {
        var marker = Path.Combine(options.CorpusFolder, CompleteMarker);
        if (!File.Exists(marker))
        {
            log.WriteLine($"Generating a {options.SizeMegabytes} MB corpus (seed {options.Seed}) in {options.CorpusFolder} ...");
            var started = DateTime.UtcNow;
            if (Directory.Exists(options.CorpusFolder))
            {
                Directory.Delete(options.CorpusFolder, recursive: true);
            }

            new CorpusGenerator(options.Seed).Write(options.CorpusFolder, options.SizeMegabytes * 1_000_000L, options.Threads);
            File.WriteAllText(marker, $"{options.SizeMegabytes} MB, seed {options.Seed}\n");
            log.WriteLine($"  generated in {(DateTime.UtcNow - started).TotalSeconds:F1} s (not part of any measurement)");
        }

        return [.. Directory.EnumerateFiles(options.CorpusFolder, "shard-*.jsonl").Order(StringComparer.Ordinal)];
    }

    /// <summary>The article texts of one shard, exactly as written (no normalisation, no cleaning).</summary>
    public static string[] ReadTexts(string shard)
    {
        var texts = new List<string>();
        foreach (var line in File.ReadLines(shard, Encoding.UTF8))
        {
            using var document = JsonDocument.Parse(line);
            texts.Add(document.RootElement.GetProperty("text").GetString()!);
        }

        return [.. texts];
    }
}
