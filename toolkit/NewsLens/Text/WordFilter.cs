namespace NewsLens.Text;

/// <summary>
/// A one-hash Bloom filter of a set of words, hashed by length and first, middle and last character: a cheap first
/// check before a dictionary lookup, for lookups that mostly miss (most words of a text are no lexicon entry, no
/// alias). <see cref="MayContain(ReadOnlySpan{char})"/> is false only for a word not in the set; a true answer must
/// be confirmed by the lookup. About 16 bits per word keeps the filter's own false positives near 6%; words that share
/// length, first, middle and last character with a member always pass.
/// </summary>
internal sealed class WordFilter
{
    private readonly ulong[] _bits;

    public WordFilter(IEnumerable<string> words)
    {
        var list = words.ToList();
        _bits = new ulong[Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, list.Count / 4)))];
        foreach (var word in list)
        {
            var hash = Hash(word);
            _bits[(hash >> 6) & (uint)(_bits.Length - 1)] |= 1UL << (int)hash;
        }
    }

    public bool MayContain(ReadOnlySpan<char> word) => Test(Hash(word));

    /// <summary>
    /// <see cref="MayContain(ReadOnlySpan{char})"/> for a non-empty word given by its length and first, middle
    /// (index length / 2) and last character, for a caller that can tell them without building the word.
    /// </summary>
    public bool MayContain(int length, char first, char middle, char last) => Test(Hash((uint)length, first, middle, last));

    private bool Test(uint hash) => (_bits[(hash >> 6) & (uint)(_bits.Length - 1)] & (1UL << (int)hash)) != 0;

    private static uint Hash(ReadOnlySpan<char> word) =>
        word.IsEmpty ? Mix(0) : Hash((uint)word.Length, word[0], word[word.Length >> 1], word[^1]);

    private static uint Hash(uint length, char first, char middle, char last) =>
        Mix((length * 0x9E3779B1u) ^ ((first * 0x85EBCA77u) + (middle * 0xC2B2AE3Du) + (last * 0x27D4EB2Fu)));

    private static uint Mix(uint hash)
    {
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        hash ^= hash >> 12;
        return hash;
    }
}
