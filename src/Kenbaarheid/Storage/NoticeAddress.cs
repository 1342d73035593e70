using Kenbaarheid.Events;

namespace Kenbaarheid.Storage;

/// <summary>
/// Which notice a folder of the store holds: one agency's decision at one revision. Built only from parsed ids and
/// a revision of at least 1, so its folder (<see cref="StoreLayout.NoticeFolder"/>) can never leave the store.
/// </summary>
public sealed record NoticeAddress
{
    public NoticeAddress(AgencyId agency, DecisionId decision, int revision)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(revision, 1);
        Agency = agency;
        Decision = decision;
        Revision = revision;
    }

    public AgencyId Agency { get; }

    public DecisionId Decision { get; }

    public int Revision { get; }

    /// <summary><c>notices/{agency}/{decision}/r{revision}</c>.</summary>
    public string Folder => StoreLayout.NoticeFolder(this);

    public string ManifestPath => PathOf(StoreLayout.ManifestName);

    public string ExplanationPath => PathOf(StoreLayout.ExplanationName);

    /// <summary>The store path of a file of this notice's set.</summary>
    public string PathOf(string fileName) => StoreLayout.NoticeFilePath(this, fileName);

    /// <summary>The address of a notice folder read from a request or a listing, or null when any part is not one the pipeline writes.</summary>
    public static NoticeAddress? TryCreate(string? agency, string? decision, int revision) =>
        AgencyId.TryParse(agency, out var agencyId) && DecisionId.TryParse(decision, out var decisionId) && revision >= 1
            ? new NoticeAddress(agencyId, decisionId, revision)
            : null;

    public override string ToString() => Folder;
}
