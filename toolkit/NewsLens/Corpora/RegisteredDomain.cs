using System.Collections.Frozen;

namespace NewsLens.Corpora;

/// <summary>
/// The registered domain of a URL, used as the outlet: "https://www.bbc.co.uk/news/x" gives "bbc.co.uk",
/// "http://edition.cnn.com/a" gives "cnn.com". Without a public-suffix list this is a rule: the last two labels, or
/// three when the second-to-last is a generic second level under a two-letter country code (co.uk, com.tr, org.au).
/// </summary>
public static class RegisteredDomain
{
    private static readonly FrozenSet<string> GenericSecondLevels = FrozenSet.Create(
        StringComparer.Ordinal, "co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go", "gen", "ltd", "plc", "news", "info", "mil", "nic");

    /// <summary>The registered domain, or null when <paramref name="url"/> has no host.</summary>
    public static string? Of(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var text = url.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "http://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var labels = uri.Host.ToLowerInvariant().TrimEnd('.').Split('.');
        if (labels.Length <= 2 || uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return uri.Host.ToLowerInvariant();
        }

        var take = labels[^1].Length == 2 && GenericSecondLevels.Contains(labels[^2]) ? 3 : 2;
        return string.Join('.', labels[^Math.Min(take, labels.Length)..]);
    }
}
