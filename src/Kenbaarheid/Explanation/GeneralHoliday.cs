namespace Kenbaarheid.Explanation;

/// <summary>
/// A general holiday of the Algemene termijnenwet (art. 3) or a day equated with one, with where it comes from:
/// <see cref="Source"/> is the source's text from the year's data file, <see cref="Note"/> how the date follows.
/// </summary>
internal sealed record GeneralHoliday(DateOnly Date, string Name, string Source, string? Note);
