using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Kenbaarheid.Azure.Tests.Storage;

/// <summary>Fails chosen uploads with a 503 before they reach the service, to break a set half-way.</summary>
internal sealed class FailingRequestPolicy(Func<int, bool> failUpload) : HttpPipelineSynchronousPolicy
{
    private int _uploads;

    public override void OnSendingRequest(HttpMessage message)
    {
        if (message.Request.Method == RequestMethod.Put && !message.Request.Uri.Query.Contains("restype=container", StringComparison.Ordinal)
            && failUpload(Interlocked.Increment(ref _uploads)))
        {
            throw new RequestFailedException(503, "Injected outage.");
        }
    }
}
