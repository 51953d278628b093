using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NewsLens.Text;

namespace NewsLens.Attribution;

/// <summary>What was said: quotations, reported-speech clauses and their extent.</summary>
public sealed partial class AttributionExtractor
{
    /// <summary>Quotations and reported clauses of one sentence.</summary>
    private sealed partial class SentenceReader
    {
        /// <summary>The quotations (of three words or more: fewer is a scare quote) after token <paramref name="token"/>, as one span.</summary>
        private (int Start, int End, bool Direct)? QuotationAfter(int token)
        {
            var after = _quotations.Where(q => q.OpenToken > token && q.Words >= 3).ToList();
            return after.Count > 0 ? (after[0].TextStart, after[^1].TextEnd, true) : null;
        }

        /// <summary>The quotations (of three words or more) closed before token <paramref name="token"/>, as one span.</summary>
        private (int Start, int End, bool Direct)? QuotationBefore(int token)
        {
            var before = _quotations.Where(q => q.CloseToken < token && q.Words >= 3).ToList();
            return before.Count > 0 ? (before[0].TextStart, before[^1].TextEnd, true) : null;
        }

        /// <summary>What a speaker said after a cue at <paramref name="cueEnd"/>: a quotation, else the reported clause.</summary>
        private (int Start, int End, bool Direct)? ReportedSpeech(Phrase speaker, int cueEnd)
        {
            if (QuotationAfter(cueEnd) is { } quoted)
            {
                return quoted;
            }

            if (QuotationBefore(speaker.First) is { } before)
            {
                return before;
            }

            var that = ThatAfter(cueEnd);
            var speakerAfterComma = speaker.First - 1 > _first && Word(speaker.First - 1) == ",";
            if (that is null && Word(cueEnd + 1) != ":" && speakerAfterComma)
            {
                return ClauseBefore(speaker.First) ?? ClauseAfter(cueEnd + 1, cueEnd + 1);
            }

            return ClauseAfter(that is int t ? t + 1 : cueEnd + 1, cueEnd + 1) ?? ClauseBefore(speaker.First);
        }

        private (int Start, int End, bool Direct)? AccordingToClause(int according, Phrase source)
        {
            var quoted = _quotations.Where(q => q.Words >= 3 && (q.CloseToken < according || q.OpenToken > source.Last)).ToList();
            if (quoted.Count > 0)
            {
                return (quoted[0].TextStart, quoted[^1].TextEnd, true);
            }

            var hasTextAfter = source.Last + 2 < _end && Word(source.Last + 1) == ",";
            return hasTextAfter ? ClauseAfter(source.Last + 2, source.Last + 2) : ClauseBefore(according);
        }

        /// <summary>"that" within a few tokens after the cue ("told Sputnik on Monday that …").</summary>
        private int? ThatAfter(int cueEnd)
        {
            for (var j = cueEnd + 1; j < Math.Min(_end, cueEnd + 12); j++)
            {
                if (Word(j) == "that")
                {
                    return j;
                }

                if (IsClauseBreak(j) || IsQuoteMark(j))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>Text from token <paramref name="start"/> to the end of the sentence, without edge punctuation; null when empty.</summary>
        private (int Start, int End, bool Direct)? ClauseAfter(int start, int fallbackStart)
        {
            start = Math.Max(start, fallbackStart);
            while (start < _end && TokenAt(start).Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                start++;
            }

            var last = _end - 1;
            for (var j = start; j + 2 < _end; j++)
            {
                if (Word(j) == "," && Word(j + 1) == "according" && Word(j + 2) == "to")
                {
                    last = j; // the clause ends where its own source is named
                    break;
                }
            }

            while (last >= start && TokenAt(last).Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                last--;
            }

            return last >= start && CountWords(start, last) >= 2 ? (TokenAt(start).Start, TokenAt(last).End, false) : null;
        }

        /// <summary>Text from the start of the sentence up to token <paramref name="end"/> (exclusive), without edge punctuation.</summary>
        private (int Start, int End, bool Direct)? ClauseBefore(int end)
        {
            var start = _first;
            while (start < end && TokenAt(start).Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                start++;
            }

            var last = end - 1;
            while (last >= start && TokenAt(last).Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                last--;
            }

            return last >= start && CountWords(start, last) >= 2 ? (TokenAt(start).Start, TokenAt(last).End, false) : null;
        }

        private int CountWords(int first, int last)
        {
            var count = 0;
            for (var i = first; i <= last; i++)
            {
                count += TokenAt(i).IsWordLike ? 1 : 0;
            }

            return count;
        }

        /// <summary>
        /// Quotations in the sentence: “…” pairs, and straight "…" pairs told apart by what precedes the mark. A closing mark
        /// with no opening one starts at the sentence start; an opening mark with no closing one runs to the sentence end.
        /// </summary>
        private List<Quotation> FindQuotations()
        {
            var quotations = new List<Quotation>();
            int? open = null;
            for (var i = _first; i < _end; i++)
            {
                var token = TokenAt(i);
                if (token.Length != 1 || token.Kind is not (TokenKind.Punctuation or TokenKind.Symbol))
                {
                    continue;
                }

                var c = _article.Text[token.Start];
                var opening = c is '\u201C' or '\u00AB' || (c == '"' && (token.Start == 0 || char.IsWhiteSpace(_article.Text[token.Start - 1]) || "([{\u2014-".Contains(_article.Text[token.Start - 1])));
                var closing = c is '\u201D' or '\u00BB' || (c == '"' && !opening);
                if (opening && open is null)
                {
                    open = i;
                }
                else if (closing)
                {
                    var from = open ?? _first - 1;
                    quotations.Add(MakeQuotation(from, i));
                    open = null;
                }
            }

            if (open is int unclosed)
            {
                quotations.Add(MakeQuotation(unclosed, _end));
            }

            return quotations;
        }

        private Quotation MakeQuotation(int openToken, int closeToken)
        {
            var textStart = openToken < _first ? TokenAt(_first).Start : TokenAt(openToken).End;
            var textEnd = closeToken >= _end ? TokenAt(_end - 1).End : TokenAt(closeToken).Start;
            var words = 0;
            for (var i = Math.Max(openToken + 1, _first); i < Math.Min(closeToken, _end); i++)
            {
                words += TokenAt(i).IsWordLike ? 1 : 0;
            }

            while (textEnd > textStart && char.IsWhiteSpace(_article.Text[textEnd - 1]))
            {
                textEnd--;
            }

            return new Quotation(openToken, closeToken, textStart, textEnd, words);
        }
    }
}
