using Kenbaarheid.Events;
using Kenbaarheid.Pipeline;

namespace Kenbaarheid.Functions.Endpoints;

/// <summary>
/// The body of the message on <c>notices-issued</c>: which notice, where its manifest is, and each document with
/// its hash so letter production can check what it fetches. Ids, paths and hashes only — no personal data.
/// Sent again when a redelivered event finds its notice already stored, because the first delivery may have ended
/// before its message was sent: letter production deduplicates on <see cref="NoticeId"/>.
/// </summary>
public sealed record IssuedNoticeMessage(
    string NoticeId,
    AgencyId AgencyId,
    DecisionId DecisionId,
    int Revision,
    string EventId,
    string Manifest,
    Uri ManifestUrl,
    IReadOnlyList<IssuedNoticeFile> Files)
{
    public static IssuedNoticeMessage From(PipelineOutcome.Issued issued, Uri blobServiceUri)
    {
        var manifest = issued.Manifest;
        var baseUri = blobServiceUri.AbsoluteUri.TrimEnd('/');
        return new IssuedNoticeMessage(
            manifest.NoticeId,
            manifest.AgencyId,
            manifest.DecisionId,
            manifest.Revision,
            manifest.EventId,
            issued.Address.ManifestPath,
            new Uri($"{baseUri}/{issued.Address.ManifestPath}"),
            manifest.Files.Select(file => IssuedNoticeFile.From(file, issued.Address.PathOf(file.Name))).ToList());
    }
}
