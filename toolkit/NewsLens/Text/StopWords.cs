using System.Collections.Frozen;
using System.Reflection;

namespace NewsLens.Text;

/// <summary>A stop-word list, compared on folded text. The English list ships with NewsLens and can be edited or replaced.</summary>
public sealed class StopWords
{
    private readonly FrozenSet<string> _words;

    private StopWords(IEnumerable<string> words) =>
        _words = words.Select(w => TextFolding.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

    public static StopWords English { get; } = Parse(ReadEmbedded());

    public static StopWords None { get; } = new([]);

    public IReadOnlyCollection<string> Words => _words;

    /// <summary>One word per line; blank lines and text after '#' are ignored.</summary>
    public static StopWords Parse(string content) =>
        new(content.Split('\n')
            .Select(line => (line.Contains('#', StringComparison.Ordinal) ? line[..line.IndexOf('#', StringComparison.Ordinal)] : line).Trim())
            .Where(line => line.Length > 0));

    public static StopWords Load(string path) => Parse(File.ReadAllText(path));

    public StopWords With(params string[] words) => new(_words.Concat(words));

    public StopWords Without(params string[] words)
    {
        var removed = words.Select(w => TextFolding.Fold(w)).ToHashSet(StringComparer.Ordinal);
        return new(_words.Where(w => !removed.Contains(w)));
    }

    public bool Contains(string word) => _words.Contains(TextFolding.Fold(word));

    private static string ReadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NewsLens.StopWords.english.txt")
            ?? throw new InvalidOperationException("The English stop-word list is missing from the NewsLens assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
