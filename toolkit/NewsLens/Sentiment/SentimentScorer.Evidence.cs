using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NewsLens.Text;

namespace NewsLens.Sentiment;

/// <summary>Evidence: the sentence's four scores and every word that moved them, with the rules that changed it.</summary>
public sealed partial class SentimentScorer
{
    private static SentenceSentiment Summarise(List<Item> items, double[] sentiments, ItemEvidence?[] evidence, int exclamations, int questions)
    {
        var sum = sentiments.Sum();
        var amplifier = Math.Min(exclamations, 4) * VaderRules.ExclamationIncrement
            + (questions > 1 ? (questions <= 3 ? questions * VaderRules.QuestionIncrement : VaderRules.QuestionMaximum) : 0);
        if (sum > 0)
        {
            sum += amplifier;
        }
        else if (sum < 0)
        {
            sum -= amplifier;
        }

        var compound = VaderRules.Normalize(sum);
        double positive = 0, negative = 0;
        var neutralCount = 0;
        foreach (var s in sentiments)
        {
            if (s > 0)
            {
                positive += s + 1;
            }
            else if (s < 0)
            {
                negative += s - 1;
            }
            else
            {
                neutralCount++;
            }
        }

        if (positive > Math.Abs(negative))
        {
            positive += amplifier;
        }
        else if (positive < Math.Abs(negative))
        {
            negative -= amplifier;
        }

        var total = positive + Math.Abs(negative) + neutralCount;
        var evidenceCount = 0;
        foreach (var e in evidence)
        {
            evidenceCount += e is null ? 0 : 1;
        }

        var words = ImmutableArray.CreateBuilder<WordEvidence>(evidenceCount);
        var itemSpan = CollectionsMarshal.AsSpan(items);
        for (var k = 0; k < itemSpan.Length; k++)
        {
            if (evidence[k] is { } e)
            {
                ref readonly var item = ref itemSpan[k];
                words.Add(new WordEvidence(item.Text, item.FirstToken, item.TokenCount, e.BaseValence, sentiments[k], [.. e.Rules], item.HedgeWeight, e.MaskedBecause));
            }
        }

        return new SentenceSentiment(
            compound,
            Math.Abs(positive / total),
            Math.Abs(negative / total),
            Math.Abs(neutralCount / total),
            sum,
            words.MoveToImmutable());
    }

    private sealed record ItemEvidence(double BaseValence, List<string> Rules, string? MaskedBecause = null);
}
