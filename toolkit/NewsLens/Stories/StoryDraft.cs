using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Stories;

/// <summary>One way an actor candidate is written, with how often.</summary>
public sealed record NameVariant(string Written, int Count);

/// <summary>
/// A proposed actor: names that recur capitalised in the corpus, grouped when they look like variants of one name
/// (same letters once diacritics are folded, a transliteration away, or one edit apart: "Cavusoglu", "Çavuşoğlu",
/// "Cavushoglu"; a one-word name also joins the multi-word name it ends: "Smith" and "Anna Smith").
/// </summary>
public sealed record ActorCandidate(string Key, string Name, string Kind, int Count, int Documents, ImmutableArray<NameVariant> Variants);

/// <summary>A recurring multi-word term, scored by how much more often its words occur together than apart.</summary>
public sealed record TermCandidate(string Term, int Count, int Documents, double Score);

/// <summary>
/// A starting story proposed from a corpus itself (<c>newslens story init</c>): actor candidates, candidate process
/// words and the document variables the articles carry. Everything here is a proposal to be edited, not a finding.
/// </summary>
public sealed record StoryDraft(
    string CorpusName,
    int Articles,
    int CaseFoldedArticles,
    ImmutableArray<ActorCandidate> Actors,
    ImmutableArray<TermCandidate> Terms,
    ImmutableSortedDictionary<string, int> Variables)
{
    /// <summary>File name of the proposed actor dictionary, written next to the story file.</summary>
    public const string ActorsFileName = "actors.json";

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly ImmutableHashSet<string> NotNames = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr",
        "prof", "sir", "i", "ok", "tv");

    private static readonly ImmutableHashSet<string> OrganisationWords = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "ministry", "party", "union", "council", "bank", "agency", "company", "corp", "inc", "ltd", "association",
        "organisation", "organization", "committee", "court", "army", "commission", "university", "group", "news",
        "times", "post", "press", "institute", "department", "office", "parliament", "congress", "league", "club",
        "federation", "fund", "foundation", "police", "service", "board", "assembly", "forces", "authority", "chamber",
        "government", "agency", "centre", "center", "bureau", "company", "network", "alliance", "coalition");

    private static readonly ImmutableHashSet<string> CommonNewsWords = ImmutableHashSet.Create(StringComparer.Ordinal,
        "said", "says", "say", "told", "added", "asked", "according", "stated", "reported", "noted", "stressed",
        // Time expressions recur in any news corpus ("last year", "next week") without naming a process.
        "day", "days", "week", "weeks", "month", "months", "year", "years", "time", "times", "today", "yesterday", "place");

    /// <summary>Proposes a story for <paramref name="corpus"/>: at most <paramref name="maxActors"/> actors and <paramref name="maxTerms"/> terms.</summary>
    public static StoryDraft Propose(TokenizedCorpus corpus, string corpusName, int maxActors = 25, int maxTerms = 12)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var names = new Dictionary<string, (int Count, HashSet<string> Documents)>(StringComparer.Ordinal);
        var sentenceOpeners = new Dictionary<string, (int Count, HashSet<string> Documents)>(StringComparer.Ordinal);
        var caseFolded = 0;
        foreach (var article in corpus.Articles)
        {
            if (article.Casing != LetterCase.Mixed)
            {
                caseFolded++;
                continue;
            }

            foreach (var (name, opensSentence) in CapitalisedNames(article))
            {
                Add(opensSentence ? sentenceOpeners : names, name, article.Id);
            }
        }

        // A lone capitalised word opening a sentence ("Smith said") counts when the word also occurs inside a name.
        var nameWords = names.Keys.SelectMany(n => n.Split(' ')).ToHashSet(StringComparer.Ordinal);
        foreach (var (word, (count, documents)) in sentenceOpeners.Where(o => nameWords.Contains(o.Key)))
        {
            foreach (var document in documents)
            {
                Add(names, word, document);
            }

            names[word] = (names[word].Count + count - documents.Count, names[word].Documents);
        }

        var variables = corpus.Articles
            .SelectMany(a => a.Article.Variables.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => v.Key))
            .GroupBy(k => k, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new StoryDraft(
            corpusName,
            corpus.Count,
            caseFolded,
            GroupActors(names, maxActors),
            DistinctiveTerms(corpus, maxTerms),
            variables);
    }

    private static void Add(Dictionary<string, (int Count, HashSet<string> Documents)> names, string name, string document)
    {
        var entry = names.TryGetValue(name, out var found) ? found : (Count: 0, Documents: new HashSet<string>(StringComparer.Ordinal));
        entry.Documents.Add(document);
        names[name] = (entry.Count + 1, entry.Documents);
    }

    /// <summary>The starting story file: the draft's process words as relations, its top actors as participants.</summary>
    public string StoryJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Indented))
        {
            json.WriteStartObject();
            json.WriteString("name", CorpusName);
            json.WriteStartObject("process");
            var relations = Terms.Select(t => t.Term).ToList();
            var label = relations.Count > 0 ? relations[0] : CorpusName;
            json.WriteString("name", label);
            json.WriteString("label", label);
            json.WriteStartArray("participants");
            foreach (var actor in Actors.Take(2))
            {
                json.WriteStringValue(actor.Key);
            }

            json.WriteEndArray();
            json.WriteStartArray("relations");
            foreach (var relation in relations.Count > 0 ? relations : [CorpusName.ToLowerInvariant()])
            {
                json.WriteStringValue(relation);
            }

            json.WriteEndArray();
            json.WriteStartArray("events");
            json.WriteEndArray();
            json.WriteStartArray("references");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("actors", ActorsFileName);
            json.WriteStartObject("labels");
            json.WriteString("outlet", "outlet");
            json.WriteString("article", "article");
            json.WriteEndObject();
            json.WriteStartObject("draft");
            json.WriteString("note", "Proposed by `newslens story init` from the corpus itself: edit the process words and the actors, then delete this block.");
            json.WriteNumber("articles", Articles);
            json.WriteNumber("caseFoldedArticles", CaseFoldedArticles);
            json.WriteStartObject("documentVariables");
            foreach (var (name, count) in Variables)
            {
                json.WriteNumber(name, count);
            }

            json.WriteEndObject();
            json.WriteStartArray("candidateProcessTerms");
            foreach (var term in Terms)
            {
                json.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"{term.Term} ({term.Count}x in {term.Documents} articles)"));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The proposed actor dictionary (the format of <c>ActorDictionary</c>): one actor per candidate, its variants as aliases.</summary>
    public string ActorsJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Indented))
        {
            json.WriteStartObject();
            json.WriteString("description", $"Actor candidates proposed by `newslens story init` for {CorpusName}: names that recur capitalised, variants grouped. Kinds are guesses; merge, split, rename and add demonyms or capitals as needed.");
            json.WriteStartArray("actors");
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var actor in Actors)
            {
                json.WriteStartObject();
                json.WriteString("key", actor.Key);
                json.WriteString("name", actor.Name);
                json.WriteString("kind", actor.Kind);
                json.WriteStartArray("aliases");
                foreach (var alias in AliasesOf(actor).Where(a => taken.Add(TextFolding.Fold(a, foldDiacritics: true))))
                {
                    json.WriteStringValue(alias);
                }

                json.WriteEndArray();
                json.WriteString("note", string.Create(CultureInfo.InvariantCulture,
                    $"{actor.Count} occurrences in {actor.Documents} articles: {string.Join(", ", actor.Variants.Select(v => $"{v.Written} {v.Count}"))}"));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The variants as written; for a person also the last word of each multi-word variant (the surname alone).</summary>
    private static IEnumerable<string> AliasesOf(ActorCandidate actor)
    {
        var written = actor.Variants.Select(v => v.Written).ToList();
        var surnames = actor.Kind == "person"
            ? written.Where(w => w.Contains(' ', StringComparison.Ordinal)).Select(w => w[(w.LastIndexOf(' ') + 1)..]).Where(w => w.Length >= 4)
            : [];
        return written.Concat(surnames).Distinct(StringComparer.Ordinal);
    }

    /// <summary>Runs of capitalised words; a one-word run that opens a sentence is flagged (it may be an ordinary word).</summary>
    private static IEnumerable<(string Name, bool OpensSentence)> CapitalisedNames(TokenizedArticle article)
    {
        var text = article.Text;
        foreach (var sentence in article.Sentences)
        {
            var run = new List<string>();
            var runStartsSentence = false;
            for (var i = sentence.FirstToken; i <= sentence.FirstToken + sentence.TokenCount; i++)
            {
                var word = i < sentence.FirstToken + sentence.TokenCount ? article.Tokens[i] : default;
                var value = word.Length > 0 && word.Kind == TokenKind.Word ? word.ToString(text) : null;
                if (value is not null && IsCapitalised(value) && !NotNames.Contains(value) && !StopWords.English.Contains(TextFolding.Fold(value)))
                {
                    if (run.Count == 0)
                    {
                        runStartsSentence = i == sentence.FirstToken;
                    }

                    run.Add(value);
                    continue;
                }

                if (run.Count > 0)
                {
                    yield return (string.Join(' ', run.Count > 4 ? run[^4..] : run), runStartsSentence && run.Count == 1);
                }

                run.Clear();
            }
        }
    }

    private static bool IsCapitalised(string word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLetter);

    private static ImmutableArray<ActorCandidate> GroupActors(Dictionary<string, (int Count, HashSet<string> Documents)> names, int maxActors)
    {
        // Longest names first, so one-word names join the multi-word name they end ("Smith" -> "Anna Smith").
        // Each name's skeleton is computed once: comparing every name with every group member is quadratic.
        var skeletons = names.Keys.ToDictionary(n => n, Skeleton, StringComparer.Ordinal);
        var groups = new List<List<string>>();
        foreach (var name in names.Keys.OrderByDescending(n => n.Count(c => c == ' ')).ThenByDescending(n => names[n].Count).ThenBy(n => n, StringComparer.Ordinal))
        {
            var skeleton = skeletons[name];
            var group = groups.FirstOrDefault(g => g.Any(member => AreVariants(skeletons[member], skeleton)));
            if (group is null)
            {
                groups.Add([name]);
            }
            else
            {
                group.Add(name);
            }
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        return [.. groups
            .Select(g => (Members: g, Count: g.Sum(n => names[n].Count), Documents: g.SelectMany(n => names[n].Documents).Distinct(StringComparer.Ordinal).Count()))
            .Where(g => g.Count >= 2)
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Members[0], StringComparer.Ordinal)
            .Take(maxActors)
            .Select(g =>
            {
                var variants = g.Members.Select(n => new NameVariant(n, names[n].Count)).OrderByDescending(v => v.Count).ThenBy(v => v.Written, StringComparer.Ordinal).ToImmutableArray();
                var name = g.Members.Where(m => m.Contains(' ', StringComparison.Ordinal)).OrderByDescending(m => names[m].Count).ThenBy(m => m.Length).ThenBy(m => m, StringComparer.Ordinal).FirstOrDefault() ?? variants[0].Written;
                return new ActorCandidate(UniqueKey(name, keys), name, GuessKind(name), g.Count, g.Documents, variants);
            })];
    }

    /// <summary>Whether two written names look like one name: equal after folding and transliteration, one edit apart, or one ends the other.</summary>
    public static bool AreVariants(string a, string b) => AreVariants(Skeleton(a), Skeleton(b));

    private static bool AreVariants(NameSkeleton a, NameSkeleton b)
    {
        if (a.Folded == b.Folded)
        {
            return true;
        }

        var (wordsA, wordsB) = (a.Words, b.Words);
        if (wordsA.Length != wordsB.Length)
        {
            // "Smith" joins "Anna Smith" and "Anna Smith" joins "Minister Anna Smith": the shorter name ends the longer
            // one (a one-word name must be long enough not to be a common word).
            var (shorter, longer) = wordsA.Length < wordsB.Length ? (wordsA, wordsB) : (wordsB, wordsA);
            return (shorter.Length > 1 || shorter[0].Length >= 4) && shorter.Zip(longer[^shorter.Length..]).All(pair => Close(pair.First, pair.Second));
        }

        return wordsA.Zip(wordsB).All(pair => Close(pair.First, pair.Second));
    }

    private static bool Close(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var allowed = Math.Min(a.Length, b.Length) switch { < 5 => 0, < 9 => 1, _ => 2 };
        return allowed > 0 && Math.Abs(a.Length - b.Length) <= allowed && EditDistance(a, b) <= allowed;
    }

    /// <summary>Folded case and diacritics, common transliteration pairs merged (sh/ş -> s, kh -> h, ph -> f, doubled letters once).</summary>
    private static NameSkeleton Skeleton(string name)
    {
        var folded = TextFolding.Fold(name, foldDiacritics: true)
            .Replace("sh", "s", StringComparison.Ordinal).Replace("ch", "c", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal).Replace("ph", "f", StringComparison.Ordinal)
            .Replace("ou", "u", StringComparison.Ordinal).Replace('y', 'i');
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (builder.Length == 0 || builder[^1] != c || !char.IsLetter(c))
            {
                builder.Append(c);
            }
        }

        var skeleton = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return new NameSkeleton(skeleton, skeleton.Split(' '));
    }

    /// <summary>A name's <see cref="Skeleton"/> and its words.</summary>
    private sealed record NameSkeleton(string Folded, string[] Words);

    internal static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string GuessKind(string name)
    {
        var words = name.Split(' ');
        if (words.Any(OrganisationWords.Contains) || words.All(w => w.Length >= 2 && w.All(c => !char.IsLetter(c) || char.IsUpper(c))))
        {
            return "organisation";
        }

        return words.Length is 2 or 3 ? "person" : "place";
    }

    private static string UniqueKey(string name, HashSet<string> taken)
    {
        var key = string.Join('_', TextFolding.Fold(name, foldDiacritics: true).Split([' ', '-', '\'', '\u2019', '.'], StringSplitOptions.RemoveEmptyEntries));
        var unique = key;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{key}_{n}");
        }

        return unique;
    }

    /// <summary>
    /// Two- and three-word terms in lower case (not names), without stop words or reporting verbs ("said"), used at least twice (in two
    /// articles when there are several), ranked by local mutual information: count × ln(observed / expected).
    /// </summary>
    private static ImmutableArray<TermCandidate> DistinctiveTerms(TokenizedCorpus corpus, int maxTerms)
    {
        var unigrams = new Dictionary<string, int>(StringComparer.Ordinal);
        var grams = new Dictionary<string, (int Count, HashSet<string> Documents, string[] Words)>(StringComparer.Ordinal);
        var total = 0;
        foreach (var article in corpus.Articles)
        {
            var folded = article.Folded();
            foreach (var sentence in article.Sentences)
            {
                var run = new List<int>();
                for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
                {
                    var token = article.Tokens[i];
                    if (token.Kind != TokenKind.Word)
                    {
                        if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
                        {
                            run.Clear();
                        }

                        continue;
                    }

                    total++;
                    unigrams[folded[i]] = unigrams.GetValueOrDefault(folded[i]) + 1;
                    var isName = article.Casing == LetterCase.Mixed && char.IsUpper(article.Text[token.Start]) && i != sentence.FirstToken;
                    if (isName)
                    {
                        run.Clear();
                        continue;
                    }

                    run.Add(i);
                    for (var n = 2; n <= 3 && n <= run.Count; n++)
                    {
                        var words = run[^n..].Select(t => folded[t]).ToArray();
                        if (words.Any(w => StopWords.English.Contains(w) || CommonNewsWords.Contains(w)))
                        {
                            continue;
                        }

                        var gram = string.Join(' ', words);
                        var entry = grams.TryGetValue(gram, out var found) ? found : (0, new HashSet<string>(StringComparer.Ordinal), words);
                        entry.Item2.Add(article.Id);
                        grams[gram] = (entry.Item1 + 1, entry.Item2, words);
                    }
                }
            }
        }

        var minDocuments = corpus.Count > 1 ? 2 : 1;
        var scored = grams
            .Where(g => g.Value.Count >= 2 && g.Value.Documents.Count >= minDocuments)
            .Select(g =>
            {
                var expected = g.Value.Words.Aggregate((double)total, (product, w) => product * unigrams[w] / total);
                return new TermCandidate(g.Key, g.Value.Count, g.Value.Documents.Count, g.Value.Count * Math.Log(g.Value.Count / expected));
            })
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .ToList();

        // A three-word term replaces the two-word terms inside it when it is nearly as frequent.
        var kept = new List<TermCandidate>();
        foreach (var term in scored)
        {
            if (kept.Any(k => (k.Term.Contains(term.Term, StringComparison.Ordinal) || term.Term.Contains(k.Term, StringComparison.Ordinal)) && Math.Min(k.Count, term.Count) * 3 >= Math.Max(k.Count, term.Count) * 2))
            {
                continue;
            }

            kept.Add(term);
            if (kept.Count == maxTerms)
            {
                break;
            }
        }

        return [.. kept];
    }
}
