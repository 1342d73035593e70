using System.Text.Json;

namespace Kenbaarheid.Registry;

/// <summary>
/// One page of search results: the records as the register sent them, and how many match in all
/// (<c>total_count</c>). The register also sends <c>filter_data</c> and <c>selected_filters</c>; they describe its
/// website's filters and are not needed here.
/// </summary>
public sealed record RegisterSearchPage(IReadOnlyList<JsonElement> Results, int TotalCount);
