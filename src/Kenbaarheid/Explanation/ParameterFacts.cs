namespace Kenbaarheid.Explanation;

/// <summary>
/// A parameter applied to this person. <see cref="Weight"/> is the weight as the agency sent it; a figure is also
/// given as <see cref="WeightFigure"/> with its <see cref="WeightRank"/>, so no template prints a bare decimal.
/// </summary>
public sealed record ParameterFacts(
    string Name,
    string? Value,
    string Effect,
    string? Weight,
    WeightKind WeightKind,
    decimal? WeightFigure,
    WeightRank? WeightRank);
