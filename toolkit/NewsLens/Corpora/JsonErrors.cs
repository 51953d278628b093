using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsLens.Corpora;

/// <summary>Turns System.Text.Json errors into plain words with 1-based positions, without .NET type names.</summary>
internal static partial class JsonErrors
{
    /// <summary>The 1-based line of the error (System.Text.Json counts from 0).</summary>
    public static long Line(JsonException e) => (e.LineNumber ?? 0) + 1;

    /// <summary>The 1-based character column of the error in <paramref name="line"/> (System.Text.Json counts UTF-8 bytes from 0).</summary>
    public static int Column(string line, JsonException e)
    {
        var bytes = (int)Math.Max(0, e.BytePositionInLine ?? 0);
        var encoded = Encoding.UTF8.GetBytes(line);
        return Encoding.UTF8.GetCharCount(encoded, 0, Math.Min(bytes, encoded.Length)) + 1;
    }

    /// <summary>The message without the "Path: … | LineNumber: … | BytePositionInLine: …" tail.</summary>
    public static string Plain(JsonException e)
    {
        var message = Tail().Replace(e.Message, "").Trim();
        message = message.TrimEnd('.');
        return message.Length == 0 ? "the JSON is malformed" : message;
    }

    [GeneratedRegex(@"\s*(Path:|LineNumber:|BytePositionInLine:).*$", RegexOptions.Singleline)]
    private static partial Regex Tail();
}
