using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Kenbaarheid.Functions.Startup;
using Kenbaarheid.Reconciliation;
using Kenbaarheid.Storage;
using Microsoft.Extensions.Options;

namespace Kenbaarheid.Functions.Timers;

/// <summary>
/// The <c>Reconcile</c> timer's work: the same check as <c>kenbaarheid reconcile</c>, over the whole notice store,
/// with the expected lists from <see cref="ReconcileOptions.ExpectedLists"/> when they are configured.
/// </summary>
public sealed class ReconcileJob(INoticeStoreReader store, BlobServiceClient service, IOptions<ReconcileOptions> options)
{
    /// <summary>Throws <see cref="NoticeStoreUnavailableException"/> when the store or the lists cannot be read.</summary>
    public async Task<ReconcileRun> RunAsync(CancellationToken cancellationToken)
    {
        List<ExpectedDecision>? expected = null;
        var problems = new List<string>();
        var lists = 0;
        if (options.Value.ExpectedListsAddress is { } address)
        {
            expected = [];
            var container = service.GetBlobContainerClient(address.Container);
            var prefix = address.Prefix.Length == 0 ? null : address.Prefix + "/";
            try
            {
                await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken).ConfigureAwait(false))
                {
                    var content = await container.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                    var list = ExpectedDecisionList.Parse(Encoding.UTF8.GetString(content.Value.Content.ToMemory().Span), $"{address.Container}/{item.Name}");
                    expected.AddRange(list.Decisions);
                    problems.AddRange(list.Problems);
                    lists++;
                }
            }
            catch (RequestFailedException exception) when (exception.ErrorCode != BlobErrorCode.ContainerNotFound)
            {
                throw new NoticeStoreUnavailableException($"Cannot read the expected lists at {address}: status {exception.Status} ({exception.ErrorCode}).", exception);
            }
            catch (RequestFailedException)
            {
                problems.Add($"{address}: the container does not exist, so no expected list was read.");
            }
        }

        var report = await StoreReconciler.ReconcileAsync(store, expected, cancellationToken).ConfigureAwait(false);
        return new ReconcileRun(report, lists, problems);
    }
}
