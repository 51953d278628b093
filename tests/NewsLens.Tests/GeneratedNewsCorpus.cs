using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsLens.Tests;

/// <summary>
/// A corpus of many short generated articles written as a folder of JSON Lines parts, for tests at corpus scale. The
/// text is seeded (the same corpus every run) and about nothing in particular: made-up places, councils and people
/// who meet, talk and disagree, quoted with "said", so every notebook has mentions, sentences, speakers and outlets.
/// </summary>
internal static class GeneratedNewsCorpus
{
    private static readonly string[] Names = ["Harbor Council", "Mayor Lind", "Valmora", "Osterby", "the Rail Union", "Minister Quell", "Port Ardent", "Judge Renn"];
    private static readonly string[] Verbs = ["met", "criticised", "praised", "questioned", "welcomed", "rejected", "joined", "funded"];
    private static readonly string[] Objects = ["the new ferry plan", "talks on the bridge", "a budget for schools", "the water agreement", "late trains", "a housing deal", "the strike", "road repairs"];
    private static readonly string[] Tails = ["on Monday", "after weeks of delay", "despite strong protests", "with some hope of progress", "amid growing anger", "in a brief statement", "for the first time", "without any clear result"];

    public static string Write(string folder, int articles, int articlesPerPart = 250, int outlets = 12)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(2023);
        for (var start = 0; start < articles; start += articlesPerPart)
        {
            var lines = new StringBuilder();
            for (var i = start; i < Math.Min(articles, start + articlesPerPart); i++)
            {
                var text = new StringBuilder();
                for (var s = 0; s < 4; s++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{Capital(Pick(random, Names))} {Pick(random, Verbs)} {Pick(random, Objects)} {Pick(random, Tails)}, {Pick(random, Names)} said. ");
                }

                lines.Append(JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["id"] = $"g{i:D6}",
                    ["outlet"] = $"Outlet {(char)('A' + (i % outlets))}",
                    ["date"] = new DateOnly(2023, 1, 1).AddDays(i % 300).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["title"] = $"{Capital(Pick(random, Names))} and {Pick(random, Objects)}",
                    ["text"] = text.ToString().TrimEnd(),
                })).Append('\n');
            }

            File.WriteAllText(Path.Combine(folder, $"part-{start / articlesPerPart:D4}.jsonl"), lines.ToString());
        }

        return folder;
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
