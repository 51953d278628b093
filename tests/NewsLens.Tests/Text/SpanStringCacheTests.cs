using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class SpanStringCacheTests
{
    [Fact]
    public void Given_a_span_seen_before_When_asked_again_Then_the_same_string_instance_comes_back()
    {
        var cache = new SpanStringCache(static s => s.ToString().ToUpperInvariant(), maxEntries: 10, maxLength: 8);

        var first = cache.Of("word one".AsSpan(0, 4));
        var again = cache.Of("a word".AsSpan(2));

        Assert.Equal("WORD", first);
        Assert.Same(first, again);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Given_a_full_cache_or_a_long_span_When_asked_Then_the_string_is_made_afresh_and_not_kept()
    {
        var made = 0;
        var cache = new SpanStringCache(s => { made++; return s.ToString(); }, maxEntries: 2, maxLength: 5);

        cache.Of("a");
        cache.Of("b");
        Assert.Equal("c", cache.Of("c"));
        Assert.Equal("c", cache.Of("c"));
        Assert.Equal("longer", cache.Of("longer"));
        Assert.Equal("longer", cache.Of("longer"));

        Assert.Equal(2, cache.Count);
        Assert.Equal(6, made);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Given_any_spans_and_room_When_asked_twice_Then_every_answer_is_what_make_gives_and_the_room_holds(string[] words, byte room)
    {
        var cache = new SpanStringCache(static s => TextFolding.Fold(s, foldDiacritics: true), maxEntries: 1 + (room % 40), maxLength: 12);
        var asked = (words ?? []).Select(w => w ?? "").ToArray();

        var right = asked.Concat(asked).All(w => cache.Of(w) == TextFolding.Fold(w, foldDiacritics: true));

        return right && cache.Count <= 1 + (room % 40) && cache.Count <= asked.Distinct().Count(w => w.Length <= 12);
    }

    [Fact]
    public void Given_many_threads_When_they_share_a_cache_Then_every_answer_is_what_make_gives()
    {
        var cache = new SpanStringCache(static s => TextFolding.Fold(s, foldDiacritics: true), maxEntries: 100, maxLength: 64);
        var words = Enumerable.Range(0, 400).Select(i => $"Çavuş{i % 150}").ToArray();

        Parallel.For(0, 4_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            Assert.Equal(TextFolding.Fold(words[i % words.Length], foldDiacritics: true), cache.Of(words[i % words.Length])));

        Assert.InRange(cache.Count, 100, 104); // threads that checked the count together may each add one
    }
}
