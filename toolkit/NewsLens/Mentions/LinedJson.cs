using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace NewsLens.Mentions;

/// <summary>
/// A minimal JSON tree that remembers the line of every value, so a dictionary error can say where it is.
/// (JsonDocument keeps no line numbers; System.Text.Json only reports lines for syntax errors.)
/// </summary>
internal abstract record LinedJson(int Line)
{
    public abstract string Describe { get; }

    public static LinedJson Parse(byte[] utf8, string source)
    {
        var bytes = utf8.AsSpan();
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        var lineStarts = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                throw new ActorDictionaryException(source, null, "the file is empty; expected a JSON object with an \"actors\" array");
            }

            var root = ReadValue(ref reader, lineStarts);
            if (reader.Read())
            {
                throw new ActorDictionaryException(source, LineOf(lineStarts, reader.TokenStartIndex), "unexpected content after the end of the JSON object");
            }

            return root;
        }
        catch (JsonException e)
        {
            throw new ActorDictionaryException(source, e.LineNumber is null ? null : (int)Corpora.JsonErrors.Line(e), "invalid JSON: " + Corpora.JsonErrors.Plain(e));
        }
    }

    private static LinedJson ReadValue(ref Utf8JsonReader reader, List<long> lineStarts)
    {
        var line = LineOf(lineStarts, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = ImmutableArray.CreateBuilder<LinedProperty>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString() ?? "";
                    var nameLine = LineOf(lineStarts, reader.TokenStartIndex);
                    reader.Read();
                    properties.Add(new LinedProperty(name, nameLine, ReadValue(ref reader, lineStarts)));
                }

                return new LinedObject(line, properties.ToImmutable());
            case JsonTokenType.StartArray:
                var items = ImmutableArray.CreateBuilder<LinedJson>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lineStarts));
                }

                return new LinedArray(line, items.ToImmutable());
            case JsonTokenType.String:
                return new LinedString(line, reader.GetString() ?? "");
            case JsonTokenType.True or JsonTokenType.False:
                return new LinedBool(line, reader.GetBoolean());
            default:
                return new LinedOther(line, reader.TokenType.ToString().ToLowerInvariant());
        }
    }

    private static List<long> LineStarts(ReadOnlySpan<byte> bytes)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<long> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}

internal sealed record LinedProperty(string Name, int Line, LinedJson Value);

internal sealed record LinedObject(int Line, ImmutableArray<LinedProperty> Properties) : LinedJson(Line)
{
    public override string Describe => "an object";

    public LinedJson? this[string name] => Properties.FirstOrDefault(p => p.Name == name)?.Value;
}

internal sealed record LinedArray(int Line, ImmutableArray<LinedJson> Items) : LinedJson(Line)
{
    public override string Describe => "an array";
}

internal sealed record LinedString(int Line, string Value) : LinedJson(Line)
{
    public override string Describe => $"the string \"{Value}\"";
}

internal sealed record LinedBool(int Line, bool Value) : LinedJson(Line)
{
    public override string Describe => Value ? "true" : "false";
}

internal sealed record LinedOther(int Line, string TokenType) : LinedJson(Line)
{
    public override string Describe => $"a {TokenType}";
}
