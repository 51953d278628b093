using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NewsLens.Attribution;
using NewsLens.Comparison;
using NewsLens.Mentions;
using NewsLens.Text;

namespace NewsLens.Reports;

/// <summary>
/// Sentences that state what the results show, written from the results themselves so a report describes the
/// corpus it ran on. Each sentence is short and stands alone; lists are cut to a few items so the text reads the same
/// for one group or five hundred.
/// </summary>
public sealed record Findings(ImmutableArray<string> Sentences)
{
    /// <summary>How many groups a sentence lists by name before it summarises the rest.</summary>
    public const int MaxListed = 6;

    public static Findings None { get; } = new([]);

    public Findings And(Findings other) => new([.. Sentences, .. other.Sentences]);

    /// <summary>Each sentence as a list item, escaped (names come from the corpus).</summary>
    public string ToHtml() => Sentences.IsEmpty
        ? ""
        : "<ul class=\"nl-findings\">" + string.Concat(Sentences.Select(s => $"<li>{Html.Escape(s)}</li>")) + "</ul>";

    public override string ToString() => string.Join("\n", Sentences.Select(s => "* " + s));

    /// <summary>How much data there is, and how much each group rests on.</summary>
    public static Findings DataSize(TokenizedCorpus corpus, string by, string groupLabel = "outlet")
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (corpus.Count == 0)
        {
            return new(["The corpus has no article, so there is nothing to describe."]);
        }

        var groupOf = GroupOf(by);
        var groups = corpus.Articles
            .GroupBy(a => groupOf(a), StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Articles: g.Count(), Words: g.Sum(a => a.WordCount)))
            .OrderByDescending(g => g.Articles).ThenByDescending(g => g.Words).ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        var words = groups.Sum(g => g.Words);
        var sentences = new List<string>
        {
            $"The corpus has {Count(corpus.Count, "article")} ({Count(words, "word")}) from {Count(groups.Count, groupLabel)}.",
        };
        if (groups.Count == 1)
        {
            sentences.Add($"Every article has the same {groupLabel}, {groups[0].Name}, so nothing here compares one {groupLabel} with another.");
        }
        else
        {
            var largest = groups[0];
            var smallest = groups[^1];
            sentences.Add(largest.Articles == smallest.Articles
                ? $"Each {groupLabel} rests on {Count(largest.Articles, "article")} ({Number(smallest.Words)} to {Count(groups.Max(g => g.Words), "word")})."
                : $"The largest {groupLabel}, {largest.Name}, rests on {Count(largest.Articles, "article")}; the smallest, {smallest.Name}, on {Count(smallest.Articles, "article")} ({Count(smallest.Words, "word")}).");
            var single = groups.Count(g => g.Articles == 1);
            if (single > 0)
            {
                sentences.Add(single == groups.Count
                    ? $"Every {groupLabel} contributes a single article: a difference between {Plural(groupLabel)} is a difference between articles, not evidence of an editorial line."
                    : $"{Of(single, groups.Count)} {Plural(groupLabel)} rest on a single article: read their numbers as that article's.");
            }
        }

        var folded = corpus.Articles.Count(a => a.IsCaseFolded);
        if (folded > 0)
        {
            sentences.Add($"{Of(folded, corpus.Count)} {(corpus.Count == 1 ? "article is" : "articles are")} case-folded (all lower case or all capitals): their sentences were split on punctuation alone and names in them cannot be told by capitals.");
        }

        return new([.. sentences]);
    }

    /// <summary>Who is mentioned most, overall and in each group, and how much the counts lean on links.</summary>
    public static Findings Mentions(MentionCounts counts, string groupLabel = "outlet")
    {
        ArgumentNullException.ThrowIfNull(counts);
        var totals = counts.Counts
            .GroupBy(c => c.ActorKey, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Key: g.Key, Name: g.First().Actor, Total: g.Sum(c => c.Total), Direct: g.Sum(c => c.Direct), Documents: g.Sum(c => c.Documents)))
            .Where(t => t.Total > 0)
            .OrderByDescending(t => t.Total).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        if (totals.Count == 0)
        {
            return new(["No actor of the dictionary is mentioned in this corpus: check the story's actor dictionary."]);
        }

        var articles = counts.Groups.Sum(g => g.Documents);
        var top = totals[0];
        var sentences = new List<string>
        {
            $"{top.Name} is the most mentioned actor: {Count(top.Total, "mention")} ({Number(top.Direct)} direct) in {Of(top.Documents, articles)} articles.",
        };
        if (totals.Count > 1)
        {
            var next = totals.Skip(1).Take(3).Select(t => $"{t.Name} ({Number(t.Total)})");
            sentences.Add($"Next come {Join(next)}; {Count(totals.Count, "actor")} of the dictionary are mentioned at all.");
        }

        var all = totals.Sum(t => t.Total);
        var linked = all - totals.Sum(t => t.Direct);
        if (linked > 0)
        {
            sentences.Add($"{Percent(linked, all)} of all mentions are linked (demonyms, capitals, people standing for their state), the rest name the actor directly.");
        }

        var leaders = counts.Groups
            .Where(g => g.Words > 0)
            .Select(g => (Group: g, Top: counts.Counts.Where(c => c.Group == g.Name && c.Total > 0).OrderByDescending(c => c.RatePer1000).ThenBy(c => c.Actor, StringComparer.Ordinal).FirstOrDefault()))
            .Where(x => x.Top is not null)
            .ToList();
        if (counts.Groups.Length > 1 && leaders.Count > 0)
        {
            if (leaders.Count > 1 && leaders.All(x => x.Top!.ActorKey == leaders[0].Top!.ActorKey))
            {
                var rates = leaders.Select(x => x.Top!.RatePer1000).ToList();
                sentences.Add($"{leaders[0].Top!.Actor} is the top actor of every {groupLabel} that mentions any ({Rate(rates.Min())} to {Rate(rates.Max())} mentions per 1,000 words).");
            }
            else if (leaders.Count <= MaxListed)
            {
                sentences.Add($"The top actor of each {groupLabel}, per 1,000 words: {Join(leaders.Select(x => $"{x.Top!.Actor} in {x.Group.Name} ({Rate(x.Top.RatePer1000)})"))}.");
            }
            else
            {
                var tally = leaders.GroupBy(x => x.Top!.Actor, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3)
                    .Select(g => $"{g.Key} in {Of(g.Count(), leaders.Count)}");
                sentences.Add($"The top actor of a {groupLabel} (per 1,000 words) is {Join(tally)} {Plural(groupLabel)} that mention any actor.");
            }
        }

        return new([.. sentences]);
    }

    /// <summary>How an actor is written: the forms used, and forms that only some groups use.</summary>
    public static Findings Naming(IEnumerable<NamingVariant> variants, string actorKey, string groupLabel = "outlet")
    {
        ArgumentNullException.ThrowIfNull(variants);
        var direct = variants.Where(v => v.Kind == MentionKind.Alias && string.Equals(v.ActorKey, actorKey, StringComparison.OrdinalIgnoreCase)).ToList();
        if (direct.Count == 0)
        {
            return new([$"{actorKey} is never named directly (only through links such as demonyms or capitals)."]);
        }

        var name = direct[0].Actor;
        // Case is merged (a sentence-initial capital is no naming choice); diacritics are kept (Müller is not Muller).
        var forms = direct.GroupBy(v => v.Written.ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g => (
                Written: g.GroupBy(v => v.Written, StringComparer.Ordinal).OrderByDescending(w => w.Sum(v => v.Count)).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key,
                Total: g.Sum(v => v.Count),
                Groups: g.Select(v => v.Group).Distinct(StringComparer.Ordinal).ToList()))
            .OrderByDescending(f => f.Total).ThenBy(f => f.Written, StringComparer.Ordinal)
            .ToList();
        var groups = direct.Select(v => v.Group).Distinct(StringComparer.Ordinal).Count();
        if (forms.Count == 1)
        {
            return new([$"{name} is always written {forms[0].Written} ({Count(forms[0].Total, "direct mention")} in {Count(groups, groupLabel)})."]);
        }

        var sentences = new List<string>
        {
            $"{name} is written {Count(forms.Count, "way")}: {Join(forms.Take(MaxListed).Select(f => $"{f.Written} ({Number(f.Total)})"))}{(forms.Count > MaxListed ? " and others" : "")}.",
        };
        if (groups > 1)
        {
            foreach (var form in forms.Where(f => f.Groups.Count == 1).Take(3))
            {
                var only = form.Groups[0];
                var there = direct.Where(v => v.Group == only).Sum(v => v.Count);
                sentences.Add($"Only {only} writes {form.Written} ({Of(form.Total, there)} of its direct mentions of {name}).");
            }
        }

        return new([.. sentences]);
    }

    /// <summary>The most distinctive word of the whole comparison, and of each group.</summary>
    public static Findings Keyness(KeynessResult result, string groupLabel = "outlet")
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Groups.Length < 2)
        {
            return new([$"Keyness compares each {groupLabel} with the rest, so it needs at least two {Plural(groupLabel)}; this corpus has {Count(result.Groups.Length, groupLabel)}."]);
        }

        var top = result.Top(1);
        if (top.IsEmpty)
        {
            return new([$"No word is used more by one {groupLabel} than by the rest often enough to score."]);
        }

        var best = top.OrderByDescending(s => s.Score).ThenBy(s => s.Feature, StringComparer.Ordinal).First();
        var measure = best.Measure == KeynessMeasure.LogLikelihood ? "G²" : "z";
        var sentences = new List<string>
        {
            $"The most distinctive word is \"{best.Feature}\" in {best.Group}: {Count(best.TargetCount, "use")} there against {Number(best.ReferenceCount)} in the rest ({measure} = {Decimal(best.Score)}).",
        };
        var others = top.Where(s => s != best).OrderByDescending(s => s.Score).ThenBy(s => s.Group, StringComparer.Ordinal).ToList();
        if (others.Count > 0)
        {
            var listed = others.Take(MaxListed - 1).Select(s => $"\"{s.Feature}\" in {s.Group}");
            sentences.Add($"Each {groupLabel}'s most over-used word: {Join(listed)}{(others.Count > MaxListed - 1 ? $", and {Count(others.Count - (MaxListed - 1), "more " + groupLabel)}" : "")}.");
        }

        var significant = result.Scores.Count(s => s.Score > 0 && s.PValue < 0.05);
        sentences.Add(significant == 0
            ? $"No word reaches p < 0.05 for any {groupLabel}: the differences are small for this much text."
            : $"{Count(significant, "word")} {(significant == 1 ? "reaches" : "reach")} p < 0.05 for some {groupLabel}; with few articles per {groupLabel}, a word used three times by one article can be enough, so read them as a ranking.");
        return new([.. sentences]);
    }

    /// <summary>The most distinctive word of the comparison (the largest positive keyness score), or null.</summary>
    public static string? MostDistinctiveTerm(KeynessResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Scores.Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenBy(s => s.Feature, StringComparer.Ordinal).Select(s => s.Feature).FirstOrDefault();
    }

    /// <summary>The most and least alike pair, and the range.</summary>
    public static Findings Similarity(SimilarityMatrix matrix, SimilarityMetric metric = SimilarityMetric.Cosine)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var pairs = matrix.Pairs.Where(p => p.Left != p.Right).Select(p => (Pair: p, Value: metric == SimilarityMetric.Cosine ? p.Cosine : p.Jaccard))
            .GroupBy(p => string.CompareOrdinal(p.Pair.Left, p.Pair.Right) < 0 ? (p.Pair.Left, p.Pair.Right) : (p.Pair.Right, p.Pair.Left))
            .Select(g => g.First())
            .OrderByDescending(p => p.Value).ThenBy(p => p.Pair.Left, StringComparer.Ordinal).ThenBy(p => p.Pair.Right, StringComparer.Ordinal)
            .ToList();
        if (pairs.Count == 0)
        {
            return new(["Similarity compares groups with each other, so it needs at least two."]);
        }

        var name = metric == SimilarityMetric.Cosine ? "cosine" : "Jaccard";
        var (most, least) = (pairs[0], pairs[^1]);
        return pairs.Count == 1
            ? new([$"The two groups, {most.Pair.Left} and {most.Pair.Right}, have a {name} similarity of {Decimal(most.Value)}."])
            : new([$"Pairs range from {Decimal(least.Value)} to {Decimal(most.Value)} in {name} similarity: {most.Pair.Left} and {most.Pair.Right} are the most alike, {least.Pair.Left} and {least.Pair.Right} the least."]);
    }

    /// <summary>For each framing group in use: its main term overall, and the groups whose main term differs.</summary>
    public static Findings Framing(IEnumerable<FramingUsage> usages, string groupLabel = "outlet")
    {
        ArgumentNullException.ThrowIfNull(usages);
        var sentences = new List<string>();
        foreach (var framingGroup in usages.Where(u => u.Count > 0).GroupBy(u => u.FramingGroup, StringComparer.Ordinal))
        {
            var terms = framingGroup.GroupBy(u => u.Term, StringComparer.Ordinal).Select(g => (Term: g.Key, Count: g.Sum(u => u.Count)))
                .OrderByDescending(t => t.Count).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();
            var total = terms.Sum(t => t.Count);
            var main = terms[0];
            var sentence = new StringBuilder(terms.Count == 1
                ? $"{framingGroup.Key}: only {main.Term} is used ({Number(main.Count)})."
                : $"{framingGroup.Key}: {main.Term} is the main term ({Of(main.Count, total)} uses), then {Join(terms.Skip(1).Take(3).Select(t => $"{t.Term} ({Number(t.Count)})"))}.");
            // A group dissents when another term is strictly more frequent there than the overall main term.
            var dissenters = framingGroup.GroupBy(u => u.Group, StringComparer.Ordinal)
                .Select(g => (Group: g.Key, Main: g.OrderByDescending(u => u.Count).ThenBy(u => u.Term, StringComparer.Ordinal).First(), MainTermCount: g.Where(u => u.Term == main.Term).Sum(u => u.Count)))
                .Where(x => x.Main.Term != main.Term && x.Main.Count > x.MainTermCount)
                .OrderBy(x => x.Group, StringComparer.Ordinal)
                .ToList();
            if (dissenters.Count > 0 && terms.Count > 1)
            {
                sentence.Append(dissenters.Count <= MaxListed
                    ? $" Mostly {Join(dissenters.GroupBy(d => d.Main.Term, StringComparer.Ordinal).Select(g => $"{g.Key} in {Join(g.Select(d => d.Group))}"))}."
                    : $" {Count(dissenters.Count, groupLabel)} mostly use another term.");
            }

            sentences.Add(sentence.ToString());
        }

        return sentences.Count == 0 ? new(["No framing term of the story's list occurs in this corpus."]) : new([.. sentences]);
    }

    /// <summary>Who is quoted most, and where unnamed sources weigh most.</summary>
    public static Findings Sources(IReadOnlyCollection<SpeakerCount> speakers, IReadOnlyCollection<SpeakerKindCount> kinds, string groupLabel = "outlet")
    {
        ArgumentNullException.ThrowIfNull(speakers);
        ArgumentNullException.ThrowIfNull(kinds);
        var named = speakers.Where(s => s.Kind is SpeakerKind.Person or SpeakerKind.Organisation)
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .Select(g => (Speaker: g.OrderByDescending(s => s.Count).First().Speaker, Count: g.Sum(s => s.Count), Groups: g.Select(s => s.Group).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Speaker, StringComparer.Ordinal)
            .ToList();
        var all = kinds.Sum(k => k.Count);
        if (all == 0)
        {
            return new(["Nobody is quoted or cited in this corpus (no attribution cue was found)."]);
        }

        var sentences = new List<string>();
        if (named.Count > 0)
        {
            sentences.Add($"The most quoted or cited source is {named[0].Speaker}: {Count(named[0].Count, "attribution")} in {Count(named[0].Groups, groupLabel)}.");
        }

        var anonymous = kinds.Where(k => k.Kind == SpeakerKind.Anonymous).Sum(k => k.Count);
        sentences.Add(anonymous == 0
            ? $"None of the {Count(all, "attribution")} is to an unnamed source."
            : $"{Percent(anonymous, all)} of the {Count(all, "attribution")} ({Number(anonymous)}) are to unnamed sources.");
        var leaning = kinds.Where(k => k.Kind == SpeakerKind.Anonymous && k.Count > 0).OrderByDescending(k => k.Share).ThenBy(k => k.Group, StringComparer.Ordinal).FirstOrDefault();
        if (leaning is not null && kinds.Select(k => k.Group).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            sentences.Add($"{leaning.Group} leans most on unnamed sources ({Percent(leaning.Share)} of its attributions).");
        }

        return new([.. sentences]);
    }

    private static Func<TokenizedArticle, string> GroupOf(string by) => a => Corpora.DocumentGrouping.GroupOf(a.Article, by);

    internal static string Count(int n, string noun) => $"{Number(n)} {(n == 1 ? noun : Plural(noun))}";

    internal static string Of(int part, int whole) => $"{Number(part)} of {Number(whole)}";

    internal static string Plural(string noun) =>
        noun.EndsWith('s') ? noun
        : noun.Length > 1 && noun[^1] == 'y' && "aeiou".IndexOf(noun[^2]) < 0 ? noun[..^1] + "ies"
        : noun + "s";

    internal static string Number(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Decimal(double value) => value.ToString("0.0#", CultureInfo.InvariantCulture);

    private static string Rate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Percent(int part, int whole) => Percent(whole == 0 ? 0 : (double)part / whole);

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>"a", "a and b", "a, b and c".</summary>
    internal static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }
}
