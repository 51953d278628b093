using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsLens.Pipeline;
using NewsLens.Tables;

namespace NewsLens.Reports;

/// <summary>One table of a <c>newslens analyze</c> folder, as its manifest lists it.</summary>
public sealed record AnalysisTableFile(string Name, string Kind, long Rows, string Csv, string Parquet);

/// <summary>One actor's counted mentions in one group of the whole corpus.</summary>
public sealed record GroupActor(string Group, string Actor, long Mentions, long DirectMentions);

/// <summary>One over-used word of one group of the whole corpus (the keyness table of <c>newslens analyze</c>).</summary>
public sealed record GroupKeyWord(string Group, int Rank, string Word, long TargetCount, long ReferenceCount, double G2, double LogOddsZ);

/// <summary>
/// The whole-corpus results of <c>newslens analyze</c>, read for the report: only its aggregate tables (one row per
/// group, per group and actor, per group and top word), whose size does not depend on the number of articles, plus
/// the manifest's list of every table, which the page links (the per-article tables stay files: a page never holds them).
/// </summary>
public sealed record WholeCorpus(
    string By,
    ImmutableArray<GroupTotals> Groups,
    ImmutableArray<GroupActor> Actors,
    ImmutableArray<GroupKeyWord> Keyness,
    ImmutableArray<AnalysisTableFile> Tables)
{
    public long Articles => Groups.Sum(g => g.Articles);

    public long Sentences => Groups.Sum(g => g.Sentences);

    /// <summary>Reads an analyze output folder; a clear error names the folder when it is not one.</summary>
    public static WholeCorpus Read(string folder)
    {
        var manifestPath = Path.Combine(folder, CorpusAnalysis.ManifestName);
        if (!File.Exists(manifestPath))
        {
            throw new FileNotFoundException($"{folder}: no {CorpusAnalysis.ManifestName}; pass the --out folder of newslens analyze.", manifestPath);
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
        var root = manifest.RootElement;
        var by = root.GetProperty("run").TryGetProperty("by", out var b) ? b.GetString() ?? "" : "";
        var tables = root.GetProperty("tables").EnumerateArray()
            .Select(t => new AnalysisTableFile(t.GetProperty("name").GetString()!, t.GetProperty("kind").GetString()!, t.GetProperty("rows").GetInt64(), t.GetProperty("csv").GetString()!, t.GetProperty("parquet").GetString()!))
            .ToImmutableArray();
        var groups = TableReader.Rows(folder, CorpusAnalysis.Groups)
            .Select(r => new GroupTotals(r[0].Text!, r[1].Integer, r[2].Integer, r[3].Integer, r[4].Integer, r[5].Integer, r[6].Integer))
            .ToImmutableArray();
        var actors = TableReader.Rows(folder, CorpusAnalysis.GroupActors)
            .Select(r => new GroupActor(r[0].Text!, r[1].Text!, r[2].Integer, r[3].Integer))
            .ToImmutableArray();
        var keyness = TableReader.Rows(folder, CorpusAnalysis.Keyness)
            .Select(r => new GroupKeyWord(r[0].Text!, checked((int)r[1].Integer), r[2].Text!, r[3].Integer, r[4].Integer, r[7].Real, r[8].Real))
            .ToImmutableArray();
        return new WholeCorpus(by, groups, actors, keyness, tables);
    }

    /// <summary>One sentence: how much the whole corpus holds and how it was grouped.</summary>
    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"The whole corpus, as newslens analyze read it: {Articles:N0} articles, {Groups.Sum(g => g.Words):N0} words and {Sentences:N0} sentences in {Groups.Length:N0} groups by {By}.");

    /// <summary>One row per group, the largest first: articles, words, sentences, counted mentions and mean sentence sentiment.</summary>
    public ResultTable GroupsTable() => ResultTable.From(
        Groups.OrderByDescending(g => g.Articles).ThenBy(g => g.Group, StringComparer.Ordinal),
        (By, g => g.Group),
        ("articles", g => g.Articles),
        ("words", g => g.Words),
        ("sentences", g => g.Sentences),
        ("mentions", g => g.Mentions),
        ("direct_mentions", g => g.DirectMentions),
        ("mentions_per_1000_words", g => g.Words == 0 ? 0 : Math.Round(1000.0 * g.Mentions / g.Words, 2)),
        ("mean_sentence_compound", g => g.CompoundMean));

    /// <summary>Mean sentence sentiment (VADER compound with the news rules) per group, the most positive first.</summary>
    public ResultTable SentimentTable() => ResultTable.From(
        Groups.OrderByDescending(g => g.CompoundMean).ThenBy(g => g.Group, StringComparer.Ordinal),
        (By, g => g.Group),
        ("articles", g => g.Articles),
        ("sentences", g => g.Sentences),
        ("mean_sentence_compound", g => g.CompoundMean));

    /// <summary>Each group's <paramref name="perGroup"/> most mentioned actors (counted mentions; ties by name).</summary>
    public ResultTable TopActors(int perGroup) => ResultTable.From(
        Actors.GroupBy(a => a.Group, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.OrderByDescending(a => a.Mentions).ThenBy(a => a.Actor, StringComparer.Ordinal).Take(perGroup).Select((a, i) => (Actor: a, Rank: i + 1))),
        (By, x => x.Actor.Group),
        ("rank", x => x.Rank),
        ("actor", x => x.Actor.Actor),
        ("mentions", x => x.Actor.Mentions),
        ("direct_mentions", x => x.Actor.DirectMentions));

    /// <summary>Each group's <paramref name="perGroup"/> most over-used words, as analyze ranked them (signed G², Williams correction).</summary>
    public ResultTable TopWords(int perGroup) => ResultTable.From(
        Keyness.Where(k => k.Rank <= perGroup).OrderBy(k => k.Group, StringComparer.Ordinal).ThenBy(k => k.Rank),
        (By, k => k.Group),
        ("rank", k => k.Rank),
        ("word", k => k.Word),
        ("count", k => k.TargetCount),
        ("elsewhere", k => k.ReferenceCount),
        ("g2", k => Math.Round(k.G2, 2)),
        ("logodds_z", k => Math.Round(k.LogOddsZ, 2)));

    /// <summary>Links to every table's CSV and Parquet file; <paramref name="folderHref"/> is the analyze folder relative to the page.</summary>
    public TableLinks Links(string folderHref) =>
        new(folderHref, [.. Tables.OrderBy(t => t.Name, StringComparer.Ordinal)]);
}

/// <summary>The tables of an analyze folder as relative links (HTML, escaped) or as plain text.</summary>
public sealed record TableLinks(string FolderHref, ImmutableArray<AnalysisTableFile> Tables)
{
    public string Href(string file) => Path.IsPathRooted(FolderHref)
        ? new Uri(Path.GetFullPath(Path.Combine(FolderHref, file))).AbsoluteUri
        : string.Join('/', FolderHref.Replace('\\', '/').TrimEnd('/').Split('/').Append(file).Select(s => s is "." or ".." ? s : Uri.EscapeDataString(s)).Where(s => s.Length > 0));

    public string ToHtml()
    {
        var html = new StringBuilder("<ul class=\"nl-tables\">\n");
        foreach (var table in Tables)
        {
            html.Append("<li><strong>").Append(Html.Escape(table.Name)).Append("</strong> (")
                .Append(Html.Escape(table.Kind)).Append(", ").Append(table.Rows.ToString("N0", CultureInfo.InvariantCulture)).Append(" rows): <a href=\"")
                .Append(Html.Escape(Href(table.Csv))).Append("\">").Append(Html.Escape(table.Csv)).Append("</a>, <a href=\"")
                .Append(Html.Escape(Href(table.Parquet))).Append("\">").Append(Html.Escape(table.Parquet)).Append("</a></li>\n");
        }

        return html.Append("</ul>").ToString();
    }

    public override string ToString() => string.Join('\n', Tables.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Name} ({t.Kind}, {t.Rows:N0} rows): {Href(t.Csv)}, {Href(t.Parquet)}")));
}
