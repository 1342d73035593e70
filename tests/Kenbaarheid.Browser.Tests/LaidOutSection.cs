namespace Kenbaarheid.Browser.Tests;

/// <summary>
/// One <c>data-section</c> element as Chromium laid it out: whether a reader can see it and its heading, and where it
/// starts and ends on the page (CSS pixels from the top).
/// </summary>
internal sealed record LaidOutSection(string Name, bool Visible, bool HeadingVisible, double Top, double Bottom);
