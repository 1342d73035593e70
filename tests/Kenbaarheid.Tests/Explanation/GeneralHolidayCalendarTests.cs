using Kenbaarheid.Explanation;

namespace Kenbaarheid.Tests.Explanation;

/// <summary>The holiday data files against the Algemene termijnenwet: every year complete, every day sourced, Easter and Koningsdag right.</summary>
public sealed class GeneralHolidayCalendarTests
{
    private static readonly GeneralHolidayCalendar Calendar = GeneralHolidayCalendar.Default;

    public static TheoryData<int> Years => new(GeneralHolidayCalendar.Default.Years.Order());

    [Fact]
    public void Default_CoversTheYearsOfTheShippedRoyalDecrees()
    {
        Assert.Equal([2023, 2024, 2025, 2026, 2027, 2028], Calendar.Years.Order());
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Default_HoldsEveryGeneralHolidayOfArticle3InEachYear(int year)
    {
        var easter = EasterSunday(year);
        var koningsdag = new DateOnly(year, 4, 27).DayOfWeek == DayOfWeek.Sunday ? new DateOnly(year, 4, 26) : new DateOnly(year, 4, 27);
        DateOnly[] expected =
        [
            new(year, 1, 1), easter.AddDays(-2), easter.AddDays(1), koningsdag, new(year, 5, 5),
            easter.AddDays(39), easter.AddDays(50), new(year, 12, 25), new(year, 12, 26),
        ];

        Assert.All(expected, date => Assert.NotNull(Calendar.Find(date)));
        Assert.Equal("Goede Vrijdag", Calendar.Find(easter.AddDays(-2))!.Name);
        Assert.Contains("tweede lid", Calendar.Find(easter.AddDays(-2))!.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_SaysWhereEveryDayComesFromAndWhatWasNotVerified()
    {
        Assert.All(Calendar.Days, day => Assert.Contains("Algemene termijnenwet", day.Source, StringComparison.Ordinal));
        var equated = Calendar.Days.Where(day => day.Source.StartsWith("Besluit gelijkstelling", StringComparison.Ordinal)).Select(day => day.Date).ToList();
        Assert.Equal(
            [new(2023, 4, 28), new(2023, 5, 19), new(2024, 5, 10), new(2024, 12, 27), new(2025, 5, 30), new(2026, 1, 2), new(2026, 5, 15), new(2027, 5, 7), new(2028, 4, 28), new(2028, 5, 26)],
            equated);
        Assert.All(Calendar.Days.Where(day => equated.Contains(day.Date)), day => Assert.Contains("NOT VERIFIED", day.Source, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-12-31", "2026-12-31")] // a Thursday: no extension
    [InlineData("2027-01-03", "2027-01-04")] // a Sunday
    [InlineData("2026-12-25", "2026-12-28")] // Christmas Day, then the weekend
    [InlineData("2025-04-26", "2025-04-28")] // Koningsdag 2025 on Saturday 26 April, because 27 April is a Sunday
    [InlineData("2026-01-01", "2026-01-05")] // New Year's Day, then Friday 2 January equated by decree, then the weekend
    public void ExtendToWorkingDay_RunsToTheNextDayThatIsNoSaturdaySundayOrHoliday(string end, string lastDay)
    {
        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), Calendar.ExtendToWorkingDay(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void ExtendToWorkingDay_GivesNoDayInAYearWithoutData()
    {
        Assert.Null(Calendar.ExtendToWorkingDay(new DateOnly(2029, 3, 1)));
        Assert.Null(Calendar.ExtendToWorkingDay(new DateOnly(2028, 12, 30)));
    }

    [Fact]
    public void Read_RefusesADayOutsideItsYearOrWithoutASource()
    {
        const string json = """{"year": 2030, "sources": {"a": "Algemene termijnenwet"}, "days": [{"date": "2031-01-01", "name": "Nieuwjaarsdag", "source": "a"}]}""";

        var exception = Assert.Throws<InvalidDataException>(() => GeneralHolidayCalendar.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "2030.json"));

        Assert.Contains("2031-01-01", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of the data files.</summary>
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
