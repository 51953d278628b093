using System.Globalization;
using System.Text;
using NewsLens.Text;
using Xunit.Abstractions;

namespace NewsLens.Tests.Text;

public sealed class WordBoundariesTests(ITestOutputHelper output)
{
    [Fact]
    public void Given_unicode_word_break_test_When_segmented_by_the_raw_engine_Then_at_least_99_percent_of_cases_pass()
    {
        ConformanceCases.AssertPassRate("WordBreakTest.txt", (t, p) => WordBoundaries.NextBoundary(t, p), output);
    }

    internal static List<int> Segment(string text, Func<string, int, int> next)
    {
        var boundaries = new List<int> { 0 };
        var position = 0;
        while (position < text.Length)
        {
            var end = next(text, position);
            Assert.True(end > position, $"no progress at {position}");
            boundaries.Add(end);
            position = end;
        }

        return boundaries;
    }
}

internal sealed record ConformanceCase(int Line, string Source, string Text, List<int> Expected);

internal static class ConformanceCases
{
    /// <summary>Segments every case of a Unicode break test file, prints the pass rate, and requires at least 99%.</summary>
    public static void AssertPassRate(string file, Func<string, int, int> nextBoundary, ITestOutputHelper output)
    {
        var cases = Read(file);
        var failures = cases.Where(c => !c.Expected.SequenceEqual(WordBoundariesTests.Segment(c.Text, nextBoundary))).ToList();
        var passRate = 1.0 - ((double)failures.Count / cases.Count);
        output.WriteLine($"{file}: {cases.Count - failures.Count}/{cases.Count} passed ({passRate:P2})");
        foreach (var failure in failures.Take(10))
        {
            output.WriteLine($"failed line {failure.Line}: {failure.Source}");
        }

        Assert.True(passRate >= 0.99, $"pass rate {passRate:P2}; first failure at line {failures.FirstOrDefault()?.Line}");
    }

    public static List<ConformanceCase> Read(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Conformance", file);
        var cases = new List<ConformanceCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var content = line.Split('#')[0].Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var text = new StringBuilder();
            var expected = new List<int>();
            foreach (var part in content.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part == "÷")
                {
                    expected.Add(text.Length);
                }
                else if (part != "×")
                {
                    text.Append(char.ConvertFromUtf32(int.Parse(part, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                }
            }

            cases.Add(new ConformanceCase(lineNumber, content, text.ToString(), expected));
        }

        return cases;
    }
}
