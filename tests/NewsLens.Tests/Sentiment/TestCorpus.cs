using System.Collections.Immutable;
using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Tests.Sentiment;

internal static class TestCorpus
{
    public static Article Article(string id, string outlet, string date, string text) => new(
        id,
        text,
        text,
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
        {
            [DocumentVariables.Outlet] = outlet,
            [DocumentVariables.Date] = date,
            ["region"] = outlet.StartsWith('A') ? "east" : "west",
        }),
        CleaningAudit.None,
        id + ".txt");

    public static TokenizedCorpus Small() => Corpus.FromArticles(
    [
        Article("a1", "Alpha News", "2023-03", "Foreign Minister Cavusoglu said the normalisation talks were positive and constructive. The weather was fine. According to Al-Watan, the roadmap may face strong opposition."),
        Article("a2", "Beta Times", "2023-05-10", "The reconciliation process failed. Turkish sources said the rapprochement was a landmark. It was a terrible day for the region."),
        Article("a3", "Alpha News", "2023-05-11", "The quartet talks ended without agreement. Nobody commented."),
    ]).Tokenize();

    public static TokenizedCorpus Seeds() => CorpusReader.Read(TestCorpora.Seeds).Tokenize();
}
