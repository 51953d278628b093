using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

/// <summary>Open-ended input: any string, including lone surrogates, NUL, RTL Arabic and combining marks.</summary>
public sealed class TokenizerPropertyTests
{
    private static readonly string[] Pieces =
    [
        "\uD800", "\uDC00", "\0", "مرحبا", "\u0301", "\u0327", " ", "\n", "\r\n", "U.S.", "’s", "'s", "-", "al-", "3.5",
        "1,200", "Türkiye", "İstanbul", "ı", "👍🏽", "\u200D", "🇹🇷", "“", "”", ".", "?", "Mr.", "\u2029", "\u05D0\"\u05D1", "a",
    ];

    private static Arbitrary<string> NastyStrings() =>
        Gen.OneOf(
                ArbMap.Default.GeneratorFor<string>(),
                Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)),
                Gen.ListOf(Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())).Select(parts => string.Concat(parts)))
            .Where(s => s is not null)
            .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Given_any_string_When_tokenised_Then_offsets_slice_the_text_back_exactly_and_in_order() =>
        Prop.ForAll(NastyStrings(), text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            var previousEnd = 0;
            foreach (var token in tokens)
            {
                if (token.Start < previousEnd || token.Length <= 0 || token.End > text.Length)
                {
                    return false;
                }

                if (token.ToString(text) != text.Substring(token.Start, token.Length))
                {
                    return false;
                }

                previousEnd = token.End;
            }

            return true;
        });

    [Property(MaxTest = 500)]
    public Property Given_any_string_When_tokenised_Then_nothing_but_whitespace_is_dropped() =>
        Prop.ForAll(NastyStrings(), text =>
        {
            var covered = new bool[text.Length];
            foreach (var token in Tokenizer.Tokenize(text))
            {
                for (var i = token.Start; i < token.End; i++)
                {
                    covered[i] = true;
                }
            }

            return Enumerable.Range(0, text.Length).All(i => covered[i] || char.IsWhiteSpace(text[i]) || text[i] is '\u200B' or '\uFEFF');
        });

    [Property(MaxTest = 300)]
    public Property Given_any_string_When_split_into_sentences_Then_sentences_are_ordered_and_cover_every_token() =>
        Prop.ForAll(NastyStrings(), text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens);
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
        });

    [Property(MaxTest = 300)]
    public Property Given_any_string_When_folded_Then_folding_never_throws_and_is_idempotent() =>
        Prop.ForAll(NastyStrings(), text =>
        {
            var once = TextFolding.Fold(text, foldDiacritics: true);
            return TextFolding.Fold(once, foldDiacritics: true) == once;
        });
}
