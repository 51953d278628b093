using NewsLens.Text;

namespace NewsLens.Sentiment;

/// <summary>
/// Who a sentence attributes its content to ("Cavusoglu", "Al-Watan", "Turkish sources"), or null when it does not say.
/// By default the attribution extractor answers (<see cref="NewsLens.Attribution.AttributionExtractor.SpeakerOf"/>);
/// pass any function of this shape in <see cref="SentimentOptions.Speaker"/> to use another.
/// </summary>
public delegate string? SpeakerResolver(TokenizedArticle article, Sentence sentence);
