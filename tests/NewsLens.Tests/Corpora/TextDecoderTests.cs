using System.Text;
using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

public sealed class TextDecoderTests
{
    [Theory]
    [InlineData(new byte[] { 0x7B, 0x7D }, true)] // {}
    [InlineData(new byte[] { 0x20, 0x0A, 0x61, 0xC3, 0xA9 }, true)] // " \na" then é
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61 }, false)] // UTF-8 mark
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00 }, false)] // UTF-16 LE mark
    [InlineData(new byte[] { 0x61, 0x00, 0x62 }, false)] // a stray NUL (the decoder warns)
    [InlineData(new byte[] { 0x61, 0xC3 }, false)] // cut UTF-8 (read as Windows-1252)
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A }, false)] // white space only
    [InlineData(new byte[] { 0xC2, 0xA0, 0x61 }, false)] // starts with a no-break space: decided by decoding
    [InlineData(new byte[0], false)]
    public void Given_bytes_When_asked_whether_they_are_plain_UTF8_Then_only_bytes_that_decode_unchanged_and_without_a_warning_are(byte[] bytes, bool plain)
    {
        var isPlain = TextDecoder.IsPlainUtf8(bytes);

        Assert.Equal(plain, isPlain);
        if (isPlain)
        {
            var decoded = TextDecoder.Decode(bytes);
            Assert.Equal(Encoding.UTF8.GetString(bytes), decoded.Text);
            Assert.Null(decoded.Warning);
        }
    }
}
