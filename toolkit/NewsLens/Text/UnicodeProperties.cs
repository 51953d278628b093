using System.Globalization;
using System.Reflection;

namespace NewsLens.Text;

internal enum WordBreak : byte
{
    Other,
    CR,
    LF,
    Newline,
    Extend,
    ZWJ,
    RegionalIndicator,
    Format,
    Katakana,
    HebrewLetter,
    ALetter,
    SingleQuote,
    DoubleQuote,
    MidNumLet,
    MidLetter,
    MidNum,
    Numeric,
    ExtendNumLet,
    WSegSpace,
}

internal enum SentenceBreak : byte
{
    Other,
    CR,
    LF,
    Extend,
    Sep,
    Format,
    Sp,
    Lower,
    Upper,
    OLetter,
    Numeric,
    ATerm,
    SContinue,
    STerm,
    Close,
}

/// <summary>
/// Word_Break, Sentence_Break and Extended_Pictographic values from the Unicode Character Database files
/// embedded in this assembly (Unicode 15.0). Built once into flat tables so a lookup is one array read.
/// </summary>
internal static class UnicodeProperties
{
    private const byte PictographicBit = 0x80;
    private const int CodePointCount = 0x110000;

    private static readonly byte[] WordTable = BuildWordTable();
    private static readonly byte[] SentenceTable = Build<SentenceBreak>("SentenceBreakProperty", ParseSentenceBreak);

    public static WordBreak Word(int codePoint) => (WordBreak)(WordTable[codePoint] & ~PictographicBit);

    public static bool IsExtendedPictographic(int codePoint) => (WordTable[codePoint] & PictographicBit) != 0;

    public static SentenceBreak Sentence(int codePoint) => (SentenceBreak)SentenceTable[codePoint];

    private static byte[] BuildWordTable()
    {
        var table = Build<WordBreak>("WordBreakProperty", ParseWordBreak);
        foreach (var (first, last, value) in Ranges("emoji-data"))
        {
            if (value == "Extended_Pictographic")
            {
                for (var cp = first; cp <= last; cp++)
                {
                    table[cp] |= PictographicBit;
                }
            }
        }

        return table;
    }

    private static byte[] Build<T>(string resource, Func<string, T?> parse)
        where T : struct, Enum
    {
        var table = new byte[CodePointCount];
        foreach (var (first, last, value) in Ranges(resource))
        {
            if (parse(value) is { } parsed)
            {
                var b = Convert.ToByte(parsed, CultureInfo.InvariantCulture);
                Array.Fill(table, b, first, last - first + 1);
            }
        }

        return table;
    }

    private static IEnumerable<(int First, int Last, string Value)> Ranges(string resource)
    {
        var name = $"NewsLens.Unicode.{resource}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded Unicode data '{name}' is missing from the NewsLens assembly.");
        using var reader = new StreamReader(stream);
        var result = new List<(int, int, string)>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var fields = content.Split(';', StringSplitOptions.TrimEntries);
            var range = fields[0].Split("..");
            var first = int.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var last = range.Length > 1 ? int.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) : first;
            result.Add((first, last, fields[1]));
        }

        return result;
    }

    private static WordBreak? ParseWordBreak(string value) => value switch
    {
        "CR" => WordBreak.CR,
        "LF" => WordBreak.LF,
        "Newline" => WordBreak.Newline,
        "Extend" => WordBreak.Extend,
        "ZWJ" => WordBreak.ZWJ,
        "Regional_Indicator" => WordBreak.RegionalIndicator,
        "Format" => WordBreak.Format,
        "Katakana" => WordBreak.Katakana,
        "Hebrew_Letter" => WordBreak.HebrewLetter,
        "ALetter" => WordBreak.ALetter,
        "Single_Quote" => WordBreak.SingleQuote,
        "Double_Quote" => WordBreak.DoubleQuote,
        "MidNumLet" => WordBreak.MidNumLet,
        "MidLetter" => WordBreak.MidLetter,
        "MidNum" => WordBreak.MidNum,
        "Numeric" => WordBreak.Numeric,
        "ExtendNumLet" => WordBreak.ExtendNumLet,
        "WSegSpace" => WordBreak.WSegSpace,
        _ => null,
    };

    private static SentenceBreak? ParseSentenceBreak(string value) => value switch
    {
        "CR" => SentenceBreak.CR,
        "LF" => SentenceBreak.LF,
        "Extend" => SentenceBreak.Extend,
        "Sep" => SentenceBreak.Sep,
        "Format" => SentenceBreak.Format,
        "Sp" => SentenceBreak.Sp,
        "Lower" => SentenceBreak.Lower,
        "Upper" => SentenceBreak.Upper,
        "OLetter" => SentenceBreak.OLetter,
        "Numeric" => SentenceBreak.Numeric,
        "ATerm" => SentenceBreak.ATerm,
        "SContinue" => SentenceBreak.SContinue,
        "STerm" => SentenceBreak.STerm,
        "Close" => SentenceBreak.Close,
        _ => null,
    };
}
