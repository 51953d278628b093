using FsCheck;
using FsCheck.Xunit;
using NewsLens.Corpora;
using NewsLens.Pipeline;

namespace NewsLens.Tests.Pipeline;

public sealed class CorpusPartsTests
{
    [Fact]
    public void Given_a_large_JSON_Lines_file_When_cut_into_parts_Then_the_parts_read_the_articles_and_bad_lines_of_the_whole_file()
    {
        using var folder = new TempFolder();
        // Distinct texts: duplicates and boilerplate are found within a part, so repeated articles would read differently.
        var lines = Enumerable.Range(1, 80)
            .Select(i => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = $"a{i}",
                ["outlet"] = $"Outlet {i % 4}",
                ["text"] = $"Article {i} says the talks in city {i} went on.\nOfficials counted {i * 7} people on day {i}.",
            }))
            .ToList();
        lines.Insert(7, "{ not json");
        lines.Insert(12, "");
        var single = Path.Combine(folder.Path, "corpus.jsonl");
        File.WriteAllLines(single, lines);

        var parts = CorpusParts.Of(single, partBytes: 1000);
        var whole = CorpusReader.Read(single);
        var read = parts.Select(p => p.Read(CorpusReaderOptions.Default)).ToList();

        Assert.True(parts.Count > 3, $"{parts.Count} parts");
        Assert.Equal(new FileInfo(single).Length, parts.Sum(p => p.Bytes));
        Assert.Equal(whole.Articles.Select(a => (a.Id, a.Text, a.Source)), read.SelectMany(c => c.Articles).Select(a => (a.Id, a.Text, a.Source)));
        var skipped = Assert.Single(read.SelectMany(c => c.Skipped));
        Assert.Equal("corpus.jsonl:8", skipped.Source);
        Assert.Equal(whole.Skipped.Single(), skipped);
    }

    [Fact]
    public void Given_a_large_CSV_file_with_quoted_line_breaks_When_cut_into_parts_Then_every_part_has_the_header_and_rows_keep_their_line_numbers()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "corpus.csv");
        var rows = Enumerable.Range(1, 60).Select(i => $"a{i},Outlet {i % 3},\"Paragraph one of {i}, \"\"quoted\"\".\nParagraph two of {i}.\"");
        File.WriteAllText(path, "id,outlet,text\n" + string.Join("\n", rows.Take(30)) + "\na31,Outlet 1,\"text\",one field too many\n" + string.Join("\n", rows.Skip(31)) + "\n");

        var parts = CorpusParts.Of(path, partBytes: 500);
        var whole = CorpusReader.Read(path);
        var read = parts.Select(p => p.Read(CorpusReaderOptions.Default)).ToList();

        Assert.True(parts.Count > 5, $"{parts.Count} parts");
        Assert.All(parts.Skip(1), p => Assert.Equal("id,outlet,text\n".Length, p.HeaderLength));
        Assert.Equal(whole.Articles.Select(a => (a.Id, a.Text, a.Outlet, a.Source)), read.SelectMany(c => c.Articles).Select(a => (a.Id, a.Text, a.Outlet, a.Source)));
        Assert.Equal(whole.Skipped.Select(s => s.Source), read.SelectMany(c => c.Skipped).Select(s => s.Source));
        Assert.Equal("corpus.csv:62", Assert.Single(whole.Skipped).Source);
    }

    [Fact]
    public void Given_a_small_file_or_a_folder_of_articles_When_planned_Then_each_is_one_part_read_whole()
    {
        using var folder = new TempFolder();
        var single = PipelineCorpus.WriteSingleFile(folder, "small.jsonl", parts: 1);

        Assert.Equal([new CorpusPart(single)], CorpusParts.Of(single));
        Assert.Equal([new CorpusPart(TestCorpora.Seeds)], CorpusParts.Of(TestCorpora.Seeds));
    }

    [Fact]
    public void Given_a_folder_of_record_files_with_other_files_When_its_unread_inputs_are_listed_Then_each_other_file_and_subfolder_is_named_with_a_reason()
    {
        using var folder = new TempFolder();
        folder.Write("a.jsonl", "{\"id\":\"a\",\"text\":\"Talks.\"}\n");
        folder.Write("b.csv", "id,text\nb,Talks.\n");
        folder.Write(".complete", "done");
        folder.Write("notes.txt", "Not streamed.");
        folder.Write("manifest.csv", "id,file\n");
        folder.Write("story.json", "{}");
        Directory.CreateDirectory(Path.Combine(folder.Path, "more"));

        var unread = CorpusParts.Unread(folder.Path);

        Assert.Equal([".complete", "more/", "notes.txt"], unread.Select(u => u.Source));
        Assert.All(unread, u => Assert.StartsWith("not streamed: ", u.Reason, StringComparison.Ordinal));
        Assert.Equal(2, CorpusParts.Of(folder.Path).Count);
    }

    [Fact]
    public void Given_a_folder_of_articles_or_a_single_file_When_its_unread_inputs_are_listed_Then_there_are_none()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", "Talks resumed.");
        folder.Write("b.dat", "other");

        Assert.Empty(CorpusParts.Unread(folder.Path));
        Assert.Empty(CorpusParts.Unread(file));
    }

    [Property(MaxTest = 300)]
    public bool Given_any_lines_with_quotes_and_line_breaks_When_cut_into_parts_Then_each_part_ends_at_the_first_record_end_past_the_part_size(byte[] pieces, PositiveInt size, bool table)
    {
        using var folder = new TempFolder();
        // Records built from a small alphabet, so quotes and line ends are frequent (and quoted line ends occur in tables).
        var alphabet = "ab\"\n,x"u8.ToArray();
        var bytes = (pieces ?? []).Select(b => alphabet[b % alphabet.Length]).ToArray();
        var path = Path.Combine(folder.Path, table ? "corpus.csv" : "corpus.jsonl");
        File.WriteAllBytes(path, bytes);
        var partBytes = 1 + (size.Get % 40);

        var parts = CorpusParts.Of(path, partBytes);

        return parts.SequenceEqual(ByteByByte(path, bytes, partBytes, table));
    }

    /// <summary>The plan made one byte at a time: a record ends at a line end outside quotes ("" toggles twice).</summary>
    private static List<CorpusPart> ByteByByte(string path, byte[] bytes, int partBytes, bool table)
    {
        if (bytes.Length <= partBytes)
        {
            return [new CorpusPart(path)];
        }

        var parts = new List<CorpusPart>();
        long partStart = 0;
        int partLine = 1, line = 1, headerLength = -1;
        var quoted = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (table && bytes[i] == (byte)'"')
            {
                quoted = !quoted;
                continue;
            }

            if (bytes[i] != (byte)'\n')
            {
                continue;
            }

            line++;
            if (!quoted)
            {
                var end = i + 1;
                headerLength = table && headerLength < 0 ? end : headerLength;
                if (end - partStart >= partBytes)
                {
                    parts.Add(new CorpusPart(path, partStart, (int)(end - partStart), partLine, Math.Max(0, headerLength)));
                    (partStart, partLine) = (end, line);
                }
            }
        }

        if (partStart < bytes.Length)
        {
            parts.Add(new CorpusPart(path, partStart, (int)(bytes.Length - partStart), partLine, Math.Max(0, headerLength)));
        }

        return parts;
    }
}
