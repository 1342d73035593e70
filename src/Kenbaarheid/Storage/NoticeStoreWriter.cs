namespace Kenbaarheid.Storage;

/// <summary>
/// The store's write policy, written once for every adapter. Every write is create-only, so nothing issued is ever
/// overwritten, and the bytes already in place decide what an existing file means.
/// <list type="bullet">
/// <item>A notice set is written explanation first and manifest last, without reading anything first: a new notice
/// costs one request per file. The explanation is the file every other document is rendered from, so two events
/// whose sets differ anywhere differ there, and whoever creates it first owns the folder; the other stops there,
/// before it can leave a file of its own beside the winner's.</item>
/// <item>Only when a file is already there is the manifest read: the same event's manifest means an earlier delivery
/// finished the set (done); another event's manifest, or other bytes in an unfinished folder, mean
/// <c>NOTICE_EXISTS</c>; identical files in an unfinished folder are an earlier, interrupted delivery, which this one
/// completes.</item>
/// <item>A rejection writes the event bytes, then the record; another event rejected under the same id is kept
/// apart under a second name, and a record already there for these event bytes stays as it is.</item>
/// </list>
/// </summary>
internal sealed class NoticeStoreWriter
{
    private readonly INoticeStore _store;

    public NoticeStoreWriter(INoticeStore store)
    {
        _store = store;
    }

    public async Task<NoticeWriteResult> WriteNoticeAsync(NoticeSet notice, CancellationToken cancellationToken)
    {
        var labels = new StoreLabels(notice.Tags, Indexed: true);
        var manifestRead = false;
        foreach (var document in notice.Documents)
        {
            var outcome = await _store.CreateAsync(document, labels, cancellationToken).ConfigureAwait(false);
            if (outcome == CreateOutcome.Created)
            {
                continue;
            }

            // The place was taken before: once, ask the manifest whose it is.
            if (!manifestRead)
            {
                manifestRead = true;
                if (await ReadManifestAsync(notice.Address, cancellationToken).ConfigureAwait(false) is { } existing)
                {
                    return Finished(notice, existing);
                }
            }

            if (outcome == CreateOutcome.Different)
            {
                return new NoticeWriteResult.Conflict();
            }
        }

        return await _store.CreateAsync(notice.ManifestDocument, labels, cancellationToken).ConfigureAwait(false) switch
        {
            CreateOutcome.Created => new NoticeWriteResult.Written(),
            CreateOutcome.Identical => new NoticeWriteResult.AlreadyWritten(notice.Manifest),
            _ => await ReadManifestAsync(notice.Address, cancellationToken).ConfigureAwait(false) is { } existing
                ? Finished(notice, existing)
                : new NoticeWriteResult.Conflict(),
        };
    }

    /// <summary>Writes the event bytes and then the record; returns the record's path.</summary>
    public async Task<string> WriteRejectionAsync(RejectionSet rejection, CancellationToken cancellationToken)
    {
        var labels = new StoreLabels(new Dictionary<string, string>(StringComparer.Ordinal) { ["eventsha256"] = rejection.EventSha256 }, Indexed: false);
        var folder = StoreLayout.RejectionFolder(rejection.AgencyFolder);
        var baseName = StoreLayout.RejectionBaseName(rejection.EventId, rejection.EventSha256);
        var eventDocument = new StoredDocument(StoreLayout.RejectedEventPath(folder, baseName), StoreLayout.JsonContentType, rejection.EventBytes);
        if (await _store.CreateAsync(eventDocument, labels, cancellationToken).ConfigureAwait(false) == CreateOutcome.Different)
        {
            // Another event was rejected under the same id; keep both, apart, rather than replace the first.
            baseName = StoreLayout.RejectionSecondBaseName(baseName, rejection.EventSha256);
            await _store.CreateAsync(eventDocument with { Path = StoreLayout.RejectedEventPath(folder, baseName) }, labels, cancellationToken).ConfigureAwait(false);
        }

        // A record already there for these very event bytes was written on an earlier delivery: it stays as it is,
        // although its receivedAt differs from the one of this delivery, so the outcome needs no look.
        var recordPath = StoreLayout.RejectionRecordPath(folder, baseName);
        await _store.CreateAsync(new StoredDocument(recordPath, StoreLayout.JsonContentType, rejection.Record), labels, cancellationToken).ConfigureAwait(false);
        return recordPath;
    }

    /// <summary>The stored manifest of a finished notice, or null when the folder has none (yet).</summary>
    public async Task<NoticeManifest?> ReadManifestAsync(NoticeAddress address, CancellationToken cancellationToken) =>
        await _store.ReadAsync(address.ManifestPath, cancellationToken).ConfigureAwait(false) is { } bytes
            ? NoticeManifest.FromJson(bytes.Span)
            : null;

    private static NoticeWriteResult Finished(NoticeSet notice, NoticeManifest existing) =>
        existing.EventSha256 == notice.Manifest.EventSha256
            ? new NoticeWriteResult.AlreadyWritten(existing)
            : new NoticeWriteResult.Conflict();
}
