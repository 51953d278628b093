using System.Text.Json;
using NewsLens.Corpora;

namespace NewsLens.Tests.Pipeline;

/// <summary>The seed articles written as a folder of JSON Lines parts (several articles per part, some parts repeated), a corpus the pipeline streams part by part.</summary>
internal static class PipelineCorpus
{
    public static string WriteParts(TempFolder folder, int parts = 3, int copies = 2)
    {
        var seeds = CorpusReader.Read(TestCorpora.Seeds).Articles;
        var corpus = Path.Combine(folder.Path, "corpus");
        Directory.CreateDirectory(corpus);
        var n = 0;
        for (var p = 0; p < parts; p++)
        {
            var lines = new List<string>();
            for (var c = 0; c < copies; c++)
            {
                foreach (var article in seeds.Skip(p % seeds.Length))
                {
                    lines.Add(JsonSerializer.Serialize(new Dictionary<string, string>
                    {
                        ["id"] = $"{article.Id}-{n++}",
                        ["text"] = article.Text,
                        ["outlet"] = article.Outlet,
                        ["date"] = article.Date,
                        ["title"] = article.Title,
                    }));
                }
            }

            File.WriteAllLines(Path.Combine(corpus, $"part-{p:D2}.jsonl"), lines);
        }

        return corpus;
    }

    /// <summary>The same articles as <see cref="WriteParts"/>, in one JSON Lines file.</summary>
    public static string WriteSingleFile(TempFolder folder, string name, int parts = 3)
    {
        using var scratch = new TempFolder();
        var corpus = WriteParts(scratch, parts);
        var path = Path.Combine(folder.Path, name);
        File.WriteAllLines(path, Directory.EnumerateFiles(corpus).Order(StringComparer.Ordinal).SelectMany(File.ReadLines));
        return path;
    }
}
