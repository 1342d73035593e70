using System.Net;

namespace Kenbaarheid.Azure.Tests.Storage;

/// <summary>
/// Answers a Put Blob that carries index tags the way Blob Storage answers an identity that lacks blobs/tags/write
/// (403, <c>x-ms-error-code: AuthorizationPermissionMismatch</c>); every other request goes on to Azurite, which does
/// not check roles itself.
/// </summary>
internal sealed class TagRefusingHandler() : DelegatingHandler(new HttpClientHandler())
{
    public int Refused { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Put || !request.Headers.Contains("x-ms-tags"))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        Refused++;
        var refusal = new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            RequestMessage = request,
            Content = new StringContent(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthorizationPermissionMismatch</Code>" +
                "<Message>This request is not authorized to perform this operation using this permission.</Message></Error>",
                System.Text.Encoding.UTF8,
                "application/xml"),
        };
        refusal.Headers.Add("x-ms-error-code", "AuthorizationPermissionMismatch");
        return refusal;
    }
}
