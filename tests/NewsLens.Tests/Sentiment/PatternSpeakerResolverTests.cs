using NewsLens.Sentiment;

namespace NewsLens.Tests.Sentiment;

public class PatternSpeakerResolverTests
{
    [Theory]
    [InlineData("Turkish Foreign Minister Mevlut Cavusoglu has stated that the meeting is pending.", "Turkish Foreign Minister Mevlut Cavusoglu")]
    [InlineData("Cavusoglu said the talks were useful.", "Cavusoglu")]
    [InlineData("Lavrov stressed that the roadmap was ready.", "Lavrov")]
    [InlineData("The talks will resume, according to Al-Watan.", "Al-Watan")]
    [InlineData("According to the Syrian Observer, the talks stalled.", "Syrian Observer")]
    [InlineData("However, Turkish sources have informed Al-Modon that the meeting is imminent.", "Turkish sources")]
    [InlineData("Iranian and Turkish officials said on Tuesday that the ministers will meet.", "Iranian and Turkish officials")]
    [InlineData("\"The meeting will be useful,\" said Bogdanov.", "Bogdanov")]
    [InlineData("The agency quoted Deputy Foreign Minister Mikhail Bogdanov as saying the talks would go on.", "Deputy Foreign Minister Mikhail Bogdanov")]
    [InlineData("He added that the meeting was useful.", "he (pronoun, unresolved)")]
    public void Given_AttributedSentence_When_Resolved_Then_SpeakerFound(string sentence, string speaker)
    {
        Assert.Equal(speaker, PatternSpeakerResolver.Resolve(sentence));
    }

    [Theory]
    [InlineData("The ministers met in Moscow on Wednesday.")]
    [InlineData("The normalisation process is mediated by Russia.")]
    public void Given_UnattributedSentence_When_Resolved_Then_Null(string sentence)
    {
        Assert.Null(PatternSpeakerResolver.Resolve(sentence));
    }

    [Fact]
    public void Given_HugeUnpunctuatedText_When_Resolved_Then_ReturnsQuickly()
    {
        var text = string.Join(" ", Enumerable.Repeat("Alpha of Beta", 3000)) + " said";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        PatternSpeakerResolver.Resolve(text);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }
}
