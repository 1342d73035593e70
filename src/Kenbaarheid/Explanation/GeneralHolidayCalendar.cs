using System.Globalization;
using System.Text.Json;

namespace Kenbaarheid.Explanation;

/// <summary>
/// The days on which a legal term cannot end (Algemene termijnenwet art. 1): Saturdays, Sundays, the general holidays
/// of art. 3 and the days equated with them by royal decree. The holidays come from one sourced data file per year
/// (<c>Explanation/Holidays/{year}.json</c>, embedded), never from code, because the equated days change by decree
/// every few years. A year without a file is not covered: no last day is computed in it rather than a wrong one.
/// </summary>
internal sealed class GeneralHolidayCalendar
{
    private const string ResourcePrefix = "Kenbaarheid.Holidays.";

    private static readonly Lazy<GeneralHolidayCalendar> Embedded = new(LoadEmbedded);

    private readonly Dictionary<DateOnly, GeneralHoliday> _days;

    public GeneralHolidayCalendar(IEnumerable<GeneralHoliday> days, IEnumerable<int> years)
    {
        ArgumentNullException.ThrowIfNull(days);
        _days = days.ToDictionary(day => day.Date);
        Years = years.ToHashSet();
        var stray = _days.Keys.FirstOrDefault(date => !Years.Contains(date.Year));
        if (stray != default)
        {
            throw new ArgumentException($"The holiday {stray:yyyy-MM-dd} lies in a year the calendar does not cover.", nameof(days));
        }
    }

    /// <summary>The calendar shipped with the library.</summary>
    public static GeneralHolidayCalendar Default => Embedded.Value;

    /// <summary>The years with a data file.</summary>
    public IReadOnlySet<int> Years { get; }

    public IEnumerable<GeneralHoliday> Days => _days.Values.OrderBy(day => day.Date);

    public GeneralHoliday? Find(DateOnly date) => _days.GetValueOrDefault(date);

    /// <summary>
    /// The day a term that ends on <paramref name="end"/> really ends: the next day that is no Saturday, Sunday or
    /// general holiday (Algemene termijnenwet art. 1(1)); null when a year it passes through has no data file.
    /// </summary>
    public DateOnly? ExtendToWorkingDay(DateOnly end)
    {
        var day = end;
        while (true)
        {
            if (!Years.Contains(day.Year))
            {
                return null;
            }

            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_days.ContainsKey(day))
            {
                return day;
            }

            day = day.AddDays(1);
        }
    }

    /// <summary>Reads one year's file; a broken file is a bug in the library, not bad input, so it throws with the rule.</summary>
    public static IReadOnlyList<GeneralHoliday> Read(Stream json, string name)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var year = root.GetProperty("year").GetInt32();
        var sources = root.GetProperty("sources").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        var days = new List<GeneralHoliday>();
        foreach (var day in root.GetProperty("days").EnumerateArray())
        {
            var text = day.GetProperty("date").GetString()!;
            var date = DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var key = day.GetProperty("source").GetString()!;
            if (date.Year != year || !sources.TryGetValue(key, out var source))
            {
                throw new InvalidDataException($"Holiday file {name}: {text} must lie in {year} and name one of its sources ({string.Join(", ", sources.Keys)}), not '{key}'.");
            }

            days.Add(new GeneralHoliday(date, day.GetProperty("name").GetString()!, source, day.TryGetProperty("note", out var note) ? note.GetString() : null));
        }

        return days;
    }

    private static GeneralHolidayCalendar LoadEmbedded()
    {
        var assembly = typeof(GeneralHolidayCalendar).Assembly;
        var days = new List<GeneralHoliday>();
        var years = new List<int>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var year = Read(stream, name);
            days.AddRange(year);
            years.Add(int.Parse(name[ResourcePrefix.Length..^".json".Length], CultureInfo.InvariantCulture));
        }

        return new GeneralHolidayCalendar(days, years);
    }
}
