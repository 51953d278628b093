using System.Collections.Immutable;
using System.CommandLine;
using NewsLens.Corpora;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>
/// How mentions, sentiment and compare read a corpus: never whole. A sample of its first parts (the whole corpus when it
/// is one part) serves what must be known before the run (the story drafted when there is no story file, the --by
/// check); then every part streams through <see cref="StreamingAnalysis"/> (the code path of analyze) and one ordered
/// stage sees each batch in corpus order. Only what the command keeps (aggregates, bounded lists) outlives a batch.
/// </summary>
internal sealed class StreamedCorpus
{
    /// <summary>How much of a corpus is read up front to draft a story: enough for its actors and process words.</summary>
    public const long SampleBytes = 32L << 20;

    /// <summary>How many skipped inputs an error about a corpus where nothing loaded names.</summary>
    private const int NamedReasons = 20;

    private readonly IReadOnlyList<CorpusPart> _parts;
    private readonly CorpusReaderOptions _options;
    private readonly ProgressReporter? _progress;
    private TokenizedCorpus? _sample;
    private IReadOnlyList<SkippedInput>? _unread;

    private StreamedCorpus(string path, IReadOnlyList<CorpusPart> parts, CorpusReaderOptions options, ProgressReporter? progress)
    {
        Path = path;
        _parts = parts;
        _options = options;
        _progress = progress;
    }

    public string Path { get; }

    /// <summary>Files and subfolders of a folder of record files that are not streamed, with the reason (see <see cref="CorpusParts.Unread"/>).</summary>
    public IReadOnlyList<SkippedInput> Unread => _unread ??= CorpusParts.Unread(Path);

    /// <summary>Opens the corpus; <paramref name="progress"/> (null with --quiet) is told about the stream as analyze's is.</summary>
    public static StreamedCorpus Open(CorpusArguments input, ParseResult result, ProgressReporter? progress = null)
    {
        var path = result.GetValue(input.Path) ?? RepositoryPaths.Seeds;
        try
        {
            return new StreamedCorpus(path, CorpusParts.Of(path), input.ReaderOptions(result), progress);
        }
        catch (CorpusException e)
        {
            throw new CliException(e.Message);
        }
    }

    private int _sampleParts;

    /// <summary>The first parts of the corpus, up to <see cref="SampleBytes"/> (at least one part), tokenised; read once.</summary>
    public TokenizedCorpus Sample()
    {
        if (_sample is not null)
        {
            return _sample;
        }

        var articles = ImmutableArray.CreateBuilder<Article>();
        var skipped = ImmutableArray.CreateBuilder<SkippedInput>();
        var warnings = ImmutableArray.CreateBuilder<LoadWarning>();
        long bytes = 0;
        try
        {
            while (_sampleParts < _parts.Count && (_sampleParts == 0 || bytes < SampleBytes))
            {
                var part = _parts[_sampleParts++];
                var corpus = part.Read(_options);
                articles.AddRange(corpus.Articles);
                skipped.AddRange(corpus.Skipped);
                warnings.AddRange(corpus.Warnings);
                bytes += part.Bytes;
            }
        }
        catch (CorpusException e)
        {
            throw new CliException(e.Message);
        }

        var sample = new Corpus(articles.ToImmutable(), skipped.ToImmutable(), warnings.ToImmutable());
        if (sample.Count == 0 && _sampleParts == _parts.Count)
        {
            throw CorpusArguments.NothingLoaded(Path, sample.Skipped);
        }

        return _sample = sample.Tokenize();
    }

    /// <summary>
    /// What a story is drafted from when there is no story file: the seeded sample (<see cref="CorpusSample"/>, at most
    /// <see cref="CorpusSample.DefaultMaxArticles"/>) of <see cref="Sample"/>'s articles, as analyze drafts. Drafting
    /// compares names with names, so its time and memory grow faster than the articles: on the 200 MB corpus the whole
    /// 32 MB sample (7,800 articles) took about 4 minutes and 1.3 GB. The whole sample when it is that small.
    /// </summary>
    public TokenizedCorpus DraftingSample()
    {
        var sample = Sample();
        var drawn = CorpusSample.Of(sample.Corpus, CorpusSample.DefaultMaxArticles).Corpus;
        if (drawn.Count == sample.Count)
        {
            return sample;
        }

        var kept = drawn.Articles.ToHashSet<Article>(ReferenceEqualityComparer.Instance);
        return new TokenizedCorpus(drawn, [.. sample.Articles.Where(a => kept.Contains(a.Article))]);
    }

    /// <summary>Checks --by against the sample's articles (see <see cref="GroupingArgument"/>).</summary>
    /// <remarks>Outlets and the built-in groupings (article, month, week, ...) exist in every corpus: no sample is read for them.</remarks>
    public string RequireGrouping(string variable) =>
        variable == DocumentVariables.Outlet || DocumentGrouping.IsBuiltIn(variable) ? variable : GroupingArgument.Require(Sample(), variable);

    /// <summary>
    /// Streams every part: <paramref name="analyzer"/> runs per article on the preparing threads, then
    /// <paramref name="batch"/> sees each batch in corpus order. Returns the run summary line's counts. A corpus where
    /// nothing loads fails with the reasons (the first few), unless <paramref name="allowEmpty"/>.
    /// </summary>
    public RunSummaryCounter Stream(ArticleAnalyzer? analyzer, Action<AnalysisBatch> batch, Func<AnalysisBatch, object?>? map = null, bool allowEmpty = false)
    {
        var summary = new RunSummaryCounter();
        var skipped = new CappedList<SkippedInput>(NamedReasons);
        var stage = new AnalysisStage<RunSummaryCounter>(
            "command",
            () => summary,
            (s, b) =>
            {
                s.Add(b.Corpus.Articles.Select(a => a.Article), b.Corpus.Corpus);
                skipped.AddRange(b.Corpus.Corpus.Skipped);
                batch(b);
            },
            s => $"{s.Articles} articles",
            Ordered: true);
        // The sample served what had to be known before the run (the drafted story, the --by check); kept through the
        // run, its thousands of tokenised articles would cost hundreds of MB. Asked for again, it is read again.
        _sample = null;
        _sampleParts = 0;
        try
        {
            StreamingAnalysis.Run(_parts, [stage], new StreamingOptions { Reader = _options, Analyzer = analyzer, Map = map, Progress = _progress });
        }
        catch (CorpusException e)
        {
            throw new CliException(e.Message);
        }
        finally
        {
            _progress?.Complete();
        }

        summary.Add([], Corpus.Empty with { Ignored = [.. Unread] });
        if (summary.Articles == 0 && !allowEmpty)
        {
            throw CorpusArguments.NothingLoaded(Path, skipped.Items, skipped.Omitted);
        }

        return summary;
    }
}

/// <summary>
/// A table whose rows arrive batch by batch (every mention, every sentence), written as they come: CSV with one header,
/// or one JSON array, exactly as <see cref="ResultTable.WriteCsv"/> and <see cref="ResultTable.WriteJson"/> write the
/// whole table. Table format (for people) collects the rows (up to a limit when one is given) and prints them at the end.
/// </summary>
internal sealed class RowStream(OutputFormat format, TextWriter output, int? tableLimit = null)
{
    private readonly List<ImmutableArray<object?>> _collected = [];
    private ImmutableArray<string> _columns = [];
    private bool _started;

    /// <summary>Rows a table left out beyond its limit (table format with a limit only).</summary>
    public long Omitted { get; private set; }

    public void Add(Tables.ResultTable batch)
    {
        _columns = batch.Columns;
        if (format == OutputFormat.Table)
        {
            var room = tableLimit is { } limit ? Math.Max(0, limit - _collected.Count) : batch.Rows.Length;
            _collected.AddRange(batch.Rows.Take(room));
            Omitted += batch.Rows.Length - Math.Min(room, batch.Rows.Length);
            return;
        }

        if (batch.Rows.IsEmpty)
        {
            return;
        }

        if (format == OutputFormat.Csv)
        {
            using var csv = new StringWriter();
            batch.WriteCsv(csv);
            var text = csv.ToString();
            output.Write(_started ? text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..] : text);
        }
        else
        {
            using var json = new StringWriter();
            batch.WriteJson(json);
            var text = json.ToString(); // "[\n  {...},\n  {...}\n]\n"
            output.Write(_started ? ",\n" : "[\n");
            output.Write(text[2..^3]);
        }

        _started = true;
    }

    /// <summary>Ends the table; <paramref name="empty"/> names the columns when no batch came; the title is for table format.</summary>
    public void Finish(Tables.ResultTable empty, string? title = null)
    {
        if (_columns.IsEmpty)
        {
            _columns = empty.Columns;
        }

        if (format == OutputFormat.Table || !_started)
        {
            Output.Write(new Tables.ResultTable(_columns, [.. _collected]), format, output, title);
            return;
        }

        if (format == OutputFormat.Json)
        {
            output.Write("\n]\n");
        }
    }
}
