using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NewsLens.Text;

namespace NewsLens.Attribution;

/// <summary>Speaker phrases: the words that name a speaker around a cue, and what kind of speaker they name (person, organisation, outlet, anonymous source).</summary>
public sealed partial class AttributionExtractor
{
    /// <summary>Speaker phrases of one sentence.</summary>
    private sealed partial class SentenceReader
    {
        /// <summary>
        /// "The official Iranian News Agency, IRNA, said": the phrase and its appositive, classified by the appositive;
        /// null unless token <paramref name="comma"/> closes an appositive.
        /// </summary>
        private Phrase? Appositive(int comma)
        {
            if (comma <= _first || Word(comma) != "," || BackwardPhrase(comma - 1) is not { } name || Word(name.First - 1) != ",")
            {
                return null;
            }

            return BackwardPhrase(name.First - 2) is { } described && Classify(described) is not null
                ? new Phrase(described.First, name.Last)
                : null;
        }

        /// <summary>The speaker phrase ending at token <paramref name="last"/>, read right to left.</summary>
        private Phrase? BackwardPhrase(int last)
        {
            if (last < _first || !IsPhraseToken(last))
            {
                return null;
            }

            if (Pronouns.Contains(Word(last)))
            {
                return new Phrase(last, last);
            }

            var first = last;
            for (var i = last - 1; i >= _first && last - i < 14; i--)
            {
                if (IsPhraseToken(i) && !Pronouns.Contains(Word(i)))
                {
                    first = i;
                }
                else if (IsQuoteMark(i) && i - 1 >= _first && IsPhraseToken(i - 1) && HasPartnerInside(i, first))
                {
                    continue; // a “Western” diplomatic source: scare quotes inside the phrase
                }
                else if (Word(i) == "and" && i - 1 >= _first && IsCapitalised(i - 1) && IsCapitalised(i + 1))
                {
                    continue; // Iranian and Turkish officials
                }
                else
                {
                    break;
                }
            }

            return Trim(first, last);
        }

        /// <summary>The speaker phrase starting at token <paramref name="first"/>, read left to right.</summary>
        private Phrase? ForwardPhrase(int first)
        {
            if (first >= _end || !IsPhraseToken(first))
            {
                return null;
            }

            if (Pronouns.Contains(Word(first)))
            {
                return new Phrase(first, first);
            }

            var last = first;
            for (var i = first + 1; i < _end && i - first < 14; i++)
            {
                if (IsPhraseToken(i) && !Pronouns.Contains(Word(i)))
                {
                    last = i;
                }
                else if (IsQuoteMark(i) && i + 1 < _end && IsPhraseToken(i + 1))
                {
                    continue;
                }
                else if (Word(i) == "and" && IsCapitalised(i - 1) && i + 1 < _end && IsCapitalised(i + 1) && !IsCueAhead(i + 1))
                {
                    continue;
                }
                else
                {
                    break;
                }
            }

            return Trim(first, last);
        }

        /// <summary>Tokens [first, last] as a phrase when all of them may belong to one ("quoted Foreign Minister Faisal Mekdad as saying").</summary>
        private Phrase? SpanPhrase(int first, int last)
        {
            if (first > last)
            {
                return null;
            }

            for (var i = first; i <= last; i++)
            {
                if (!IsPhraseToken(i) && !IsQuoteMark(i) && Word(i) != "and" && Word(i) != ",")
                {
                    return null;
                }
            }

            return Trim(first, last);
        }

        private bool IsCueAhead(int i)
        {
            for (var j = i; j < Math.Min(_end, i + 6); j++)
            {
                if (CueAt(j) is not null)
                {
                    return true;
                }

                if (!IsPhraseToken(j))
                {
                    return false;
                }
            }

            return false;
        }

        private Phrase? Trim(int first, int last)
        {
            while (first <= last && (IsQuoteMark(first) || Word(first) is "of" or "and"))
            {
                first++;
            }

            while (last >= first && (IsQuoteMark(last) || Word(last) is "of" or "and" or "a" or "an" or "the"))
            {
                last--;
            }

            return first <= last ? new Phrase(first, last) : null;
        }

        private bool HasPartnerInside(int closing, int phraseFirst)
        {
            // the opening mark must be further left; the phrase continues after the closing one
            for (var j = closing - 1; j >= Math.Max(_first, closing - 4); j--)
            {
                if (IsQuoteMark(j))
                {
                    return true;
                }
            }

            return phraseFirst > closing;
        }

        private bool IsPhraseToken(int i)
        {
            if (i < _first || i >= _end)
            {
                return false;
            }

            var token = TokenAt(i);
            if (token.Kind == TokenKind.Possessive)
            {
                return false;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return false;
            }

            var word = Word(i);
            if (Pronouns.Contains(word))
            {
                return true;
            }

            if (FunctionWords.Contains(word) && !PhraseWords.Contains(word))
            {
                return false;
            }

            return IsCapitalised(i) || PhraseWords.Contains(word) || (word.StartsWith("pro-", StringComparison.Ordinal));
        }

        private bool IsCapitalised(int i)
        {
            if (i < _first || i >= _end || TokenAt(i).Kind != TokenKind.Word)
            {
                return false;
            }

            var slice = TokenAt(i).Slice(_article.Text);
            if (char.IsUpper(slice[0]))
            {
                return true;
            }

            // al-Modon, pro-Syrian: a capitalised part after a hyphen
            var hyphen = slice.IndexOfAny(Tokenizer.Hyphens);
            return hyphen > 0 && hyphen + 1 < slice.Length && char.IsUpper(slice[hyphen + 1]);
        }

        private bool IsQuoteMark(int i) =>
            i >= _first && i < _end && TokenAt(i).Kind is TokenKind.Punctuation or TokenKind.Symbol && Word(i) is "\"" or "'" && TokenAt(i).Length == 1;

        private bool IsQuoteOrComma(int i) => Word(i) == "," || IsQuoteMark(i);

        private bool IsClauseBreak(int i) => TokenAt(i).Kind == TokenKind.Punctuation && Word(i) is "." or ";" or ":" or "?" or "!";

        /// <summary>Person, organisation or anonymous from the phrase's words; null when it does not look like a speaker at all.</summary>
        private SpeakerKind? Classify(Phrase phrase)
        {
            var head = Word(phrase.Last);
            if (phrase.First == phrase.Last && Pronouns.Contains(head))
            {
                return SpeakerKind.Unresolved;
            }

            if (AnonymousHeads.Contains(head))
            {
                return SpeakerKind.Anonymous;
            }

            SpeakerKind? category = null;
            var capitalisedAfterCategory = 0;
            for (var i = phrase.First; i <= phrase.Last; i++)
            {
                var word = Word(i);
                if (TokenAt(i).IsHyphenated(_article.Text))
                {
                    var last = TokenAt(i).Parts(_article.Text)[^1];
                    word = OrganisationWords.Contains(word) ? word : TextFolding.Fold(last.Slice(_article.Text));
                }

                if (OrganisationWords.Contains(word))
                {
                    (category, capitalisedAfterCategory) = (SpeakerKind.Organisation, 0);
                }
                else if (PersonTitles.Contains(word))
                {
                    (category, capitalisedAfterCategory) = (SpeakerKind.Person, 0);
                }
                else if (IsCapitalised(i))
                {
                    capitalisedAfterCategory++;
                }
            }

            if (!IsCapitalised(phrase.Last) && !OrganisationWords.Contains(head) && !PersonTitles.Contains(head))
            {
                return null; // "Despite reservations": no name and no speaker word at the end
            }

            if (phrase.First == phrase.Last && phrase.First == _first && !OrganisationWords.Contains(head) && IsWrittenInLowerCaseElsewhere(phrase.First))
            {
                return null; // "Reports said": capitalised only because it opens the sentence
            }

            var headToken = TokenAt(phrase.Last).Slice(_article.Text);
            if (headToken.Length >= 2 && !headToken.ContainsAnyInRange('a', 'z') && headToken.ContainsAnyInRange('A', 'Z'))
            {
                return SpeakerKind.Organisation; // IRNA, SANA, AFP
            }

            // An organisation word followed by a name is an organisation only when the name is an outlet's ("outlet Sputnik").
            return category == SpeakerKind.Organisation && (capitalisedAfterCategory == 0 || LooksLikeOutletName(phrase))
                ? SpeakerKind.Organisation
                : SpeakerKind.Person;
        }

        /// <summary>Whether the article also writes this word in lower case, which makes it a common noun rather than a name.</summary>
        private bool IsWrittenInLowerCaseElsewhere(int index)
        {
            var word = _folded[index];
            for (var i = 0; i < _article.Tokens.Length; i++)
            {
                if (i != index && _folded[i] == word && char.IsLower(_article.Text[_article.Tokens[i].Start]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"state media outlet Sputnik", "regime outlet Al Watan": the name after an outlet word is the outlet's.</summary>
        private bool LooksLikeOutletName(Phrase phrase)
        {
            for (var i = phrase.Last; i >= phrase.First; i--)
            {
                if (Word(i) is "outlet" or "agency" or "newspaper" or "daily" or "channel" or "media" or "television" or "radio")
                {
                    return true;
                }

                if (PersonTitles.Contains(Word(i)))
                {
                    return false;
                }
            }

            return false;
        }
    }
}
