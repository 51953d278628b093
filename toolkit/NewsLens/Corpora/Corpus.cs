using System.Collections.Immutable;

namespace NewsLens.Corpora;

/// <summary>A file or record that was not loaded, and why.</summary>
public sealed record SkippedInput(string Source, string Reason);

/// <summary>Something a user should know about an input that was still loaded (for example an encoding fallback).</summary>
public sealed record LoadWarning(string Source, string Message);

/// <summary>The articles that loaded, plus what was skipped and why. Immutable.</summary>
public sealed record Corpus(ImmutableArray<Article> Articles, ImmutableArray<SkippedInput> Skipped, ImmutableArray<LoadWarning> Warnings)
{
    public static Corpus Empty { get; } = new([], [], []);

    public int Count => Articles.Length;

    /// <summary>Files and folders deliberately not read because they are not articles (resources, metadata, other formats), each with the reason.</summary>
    public ImmutableArray<SkippedInput> Ignored { get; init; } = [];

    public static Corpus FromArticles(IEnumerable<Article> articles) => new([.. articles], [], []);

    /// <summary>One line for humans: how many loaded, how many were skipped and the reasons.</summary>
    public string Summary() => new CorpusSummaryCounter().Add(this).Line();
}
