using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

/// <summary>Open-ended input for the lower-case rules: every token lands in exactly one sentence, in order.</summary>
public sealed class CaseFoldedSentencePropertyTests
{
    [FsCheck.Xunit.Property]
    public bool Given_any_lower_case_text_When_split_Then_the_sentences_cover_every_token_once_in_order(string? text)
    {
        var lower = (text ?? "").ToLowerInvariant();
        var tokens = Tokenizer.Tokenize(lower);
        var sentences = SentenceSplitter.Split(lower, tokens, LetterCase.Lower);
        var next = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.FirstToken != next || sentence.TokenCount <= 0 || sentence.Start > sentence.End)
            {
                return false;
            }

            next += sentence.TokenCount;
        }

        return next == tokens.Length;
    }
}
