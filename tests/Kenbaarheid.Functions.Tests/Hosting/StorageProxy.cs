using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kenbaarheid.Functions.Tests.Hosting;

/// <summary>
/// A loopback proxy in front of Azurite that passes requests through unchanged, except as a test sets it: it can
/// answer a Put Blob carrying <c>x-ms-tags</c> with the service's 403 <c>AuthorizationPermissionMismatch</c> (Blob
/// Storage as an identity without <c>blobs/tags/write</c> sees it; Azurite checks no roles), and it can hold every
/// request until released (a slow store at start-up). Shared Key signatures cover the path, not the port, so
/// requests signed for the proxy are valid at Azurite. It can also delay every Put (a store further away than
/// loopback), and while Azurite is down it drops the connection, as a dead storage endpoint does. It notes every
/// request it receives (<see cref="Requests"/>), so a test can count what the handler asks of the store.
/// </summary>
public sealed class StorageProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _azurite = new(new HttpClientHandler { AllowAutoRedirect = false });
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _requests = new();

    private StorageProxy(WebApplication app, bool refuseTags, bool hold, TimeSpan putLatency)
    {
        _app = app;
        RefusesTags = refuseTags;
        PutLatency = putLatency;
        if (!hold)
        {
            _released.SetResult();
        }
    }

    public bool RefusesTags { get; }

    /// <summary>How long each Put waits before it is passed on.</summary>
    public TimeSpan PutLatency { get; }

    public int Refused { get; private set; }

    /// <summary>Every request received so far, as "{method} {path}" (the path without the query).</summary>
    public IReadOnlyList<string> Requests => _requests.ToList();

    public void ForgetRequests() => _requests.Clear();

    /// <summary>Completes when the first request is being held.</summary>
    public Task FirstHeld => _firstHeld.Task;

    /// <summary>Lets every held request, and all later ones, through.</summary>
    public void Release() => _released.TrySetResult();

    /// <summary>A connection string like Azurite's, pointing at the proxy.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public static async Task<StorageProxy> StartAsync(Azure.Tests.Azurite.AzuriteServer azurite, bool refuseTags = false, bool hold = false, TimeSpan putLatency = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var proxy = new StorageProxy(app, refuseTags, hold, putLatency);
        app.Run(context => proxy.ForwardAsync(context, azurite.Port));
        await app.StartAsync();
        var port = new Uri(app.Urls.Single()).Port;
        proxy.ConnectionString = azurite.ConnectionString.Replace($":{azurite.Port}/", $":{port}/", StringComparison.Ordinal);
        return proxy;
    }

    private async Task ForwardAsync(HttpContext context, int azuritePort)
    {
        _requests.Enqueue($"{context.Request.Method} {context.Request.Path}");
        if (!_released.Task.IsCompleted)
        {
            _firstHeld.TrySetResult();
            await _released.Task;
        }

        if (RefusesTags && HttpMethods.IsPut(context.Request.Method) && context.Request.Headers.ContainsKey("x-ms-tags"))
        {
            Refused++;
            context.Response.StatusCode = (int)HttpStatusCode.Forbidden;
            context.Response.Headers["x-ms-error-code"] = "AuthorizationPermissionMismatch";
            context.Response.ContentType = "application/xml";
            await context.Response.WriteAsync(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthorizationPermissionMismatch</Code>" +
                "<Message>This request is not authorized to perform this operation using this permission.</Message></Error>");
            return;
        }

        if (PutLatency > TimeSpan.Zero && HttpMethods.IsPut(context.Request.Method))
        {
            await Task.Delay(PutLatency);
        }

        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), $"http://127.0.0.1:{azuritePort}{context.Request.Path}{context.Request.QueryString}");
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        request.Content = new ByteArrayContent(body.ToArray());
        foreach (var (name, values) in context.Request.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                request.Content.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        using var response = await SendOrNullAsync(request);
        if (response is null)
        {
            // Azurite is down (a test killed it): the client sees its connection drop, not an answer from us.
            context.Abort();
            return;
        }

        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!string.Equals(name, "Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body);
    }

    private async Task<HttpResponseMessage?> SendOrNullAsync(HttpRequestMessage request)
    {
        try
        {
            return await _azurite.SendAsync(request);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _azurite.Dispose();
    }
}
