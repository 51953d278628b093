using System.Globalization;

namespace NewsLens.Corpora;

public enum DatePrecision
{
    Day,
    Month,
    Year,
}

/// <summary>
/// A publication date that may be known only to the month ("2023-03") or year ("2023"). <see cref="Midpoint"/>
/// places it on a time axis (middle of its month or year) so imprecise dates are not drawn as the 1st.
/// </summary>
public readonly record struct PublicationDate(DateOnly Start, DatePrecision Precision)
{
    public DateOnly Midpoint => Precision switch
    {
        DatePrecision.Month => Start.AddDays((DateTime.DaysInMonth(Start.Year, Start.Month) - 1) / 2),
        DatePrecision.Year => new DateOnly(Start.Year, 7, 2),
        _ => Start,
    };

    public static bool TryParse(string? text, out PublicationDate date)
    {
        var trimmed = text?.Trim() ?? "";
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = new PublicationDate(day, DatePrecision.Day);
            return true;
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            date = new PublicationDate(month, DatePrecision.Month);
            return true;
        }

        if (trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
        {
            date = new PublicationDate(new DateOnly(year, 1, 1), DatePrecision.Year);
            return true;
        }

        date = default;
        return false;
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => Start.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
