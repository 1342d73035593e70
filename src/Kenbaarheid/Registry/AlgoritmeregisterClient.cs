using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Kenbaarheid.Registry;

/// <summary>
/// The public Algoritmeregister API: one record, search (paged), organisation details and the site-data dump.
/// Records come back as the register sent them (<see cref="JsonElement"/>), because a snapshot keeps the register's
/// word exactly and <see cref="RegisterRecordReader"/> reads old and new standards alike.
/// Each request has its own timeout; 5xx, 429, timeouts and connection failures are retried with exponential
/// backoff (honouring Retry-After); other 4xx are not, because asking again will not change the answer.
/// The handler has it made by <c>IHttpClientFactory</c> as a typed client; elsewhere, use one instance per register,
/// like its <see cref="HttpClient"/>. Give it an <see cref="HttpClient"/> without a timeout of its own: the client times
/// each attempt and the whole call itself.
/// </summary>
public sealed class AlgoritmeregisterClient
{
    private static readonly ResiliencePropertyKey<string> RequestKey = new("kenbaarheid.register.request");

    private readonly HttpClient _http;
    private readonly AlgoritmeregisterClientOptions _options;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _resilience;

    public AlgoritmeregisterClient(HttpClient http, AlgoritmeregisterClientOptions options, TimeProvider? time = null, ILogger<AlgoritmeregisterClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = http;
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _resilience = BuildResilience(options, time ?? TimeProvider.System);
    }

    public Uri BaseAddress => _options.BaseAddress;

    /// <summary>The register language asked for: NLD, ENG or FRY.</summary>
    public string Language => _options.Language;

    /// <summary><c>GET /api/algoritme/{lang}/{lars}</c>: the newest published version, or null when the register has none.</summary>
    public async Task<JsonElement?> GetAlgorithmAsync(string lars, CancellationToken cancellationToken = default)
    {
        var uri = Address($"api/algoritme/{_options.Language}/{Uri.EscapeDataString(lars)}");
        return await SendAsync(HttpMethod.Get, uri, body: null, allowNotFound: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>POST /api/algoritme/{lang}</c>: one page of search results.</summary>
    public async Task<RegisterSearchPage> SearchAsync(RegisterSearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var uri = Address($"api/algoritme/{_options.Language}");
        var body = JsonSerializer.SerializeToUtf8Bytes(query, RegistrySnapshotLayout.WireOptions);
        var root = (await SendAsync(HttpMethod.Post, uri, body, allowNotFound: false, cancellationToken).ConfigureAwait(false))!.Value;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array
            || !root.TryGetProperty("total_count", out var total) || !total.TryGetInt32(out var totalCount))
        {
            throw new RegisterRequestException(uri, HttpStatusCode.OK, $"The register's answer to POST {uri} is not a search result: it lacks 'results' or 'total_count'.");
        }

        return new RegisterSearchPage(results.EnumerateArray().ToList(), totalCount);
    }

    /// <summary>Every search result for <paramref name="query"/>, page after page, from page 1.</summary>
    public async IAsyncEnumerable<JsonElement> SearchAllAsync(
        RegisterSearchQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 1, 100);
        var seen = 0;
        for (var page = 1; ; page++)
        {
            var result = await SearchAsync(query with { Page = page, Limit = limit }, cancellationToken).ConfigureAwait(false);
            foreach (var record in result.Results)
            {
                yield return record;
            }

            seen += result.Results.Count;
            // An empty page ends the search even when the count says otherwise, so a register that miscounts cannot loop us.
            if (result.Results.Count == 0 || seen >= result.TotalCount)
            {
                yield break;
            }
        }
    }

    /// <summary><c>GET /api/organisation-details/{org_id}/{lang}</c>, or null when the register does not know the organisation.</summary>
    public async Task<OrganisationDetails?> GetOrganisationAsync(string orgId, CancellationToken cancellationToken = default)
    {
        var uri = Address($"api/organisation-details/{Uri.EscapeDataString(orgId)}/{_options.Language}");
        if (await SendAsync(HttpMethod.Get, uri, body: null, allowNotFound: true, cancellationToken).ConfigureAwait(false) is not { } root)
        {
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
        {
            throw new RegisterRequestException(uri, HttpStatusCode.OK, $"The register's answer to GET {uri} is not an organisation: it has no 'name'.");
        }

        var versions = root.TryGetProperty("algoritme_versions", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().ToList()
            : [];
        return new OrganisationDetails(orgId, name.GetString()!, versions);
    }

    /// <summary><c>GET /api/downloads/site-data/json</c>: the whole register, <c>{"algoritme_versions": [...], "organisation_details": [...]}</c>.</summary>
    public async Task<JsonElement> GetSiteDataAsync(CancellationToken cancellationToken = default)
    {
        var uri = Address("api/downloads/site-data/json");
        return (await SendAsync(HttpMethod.Get, uri, body: null, allowNotFound: false, cancellationToken).ConfigureAwait(false))!.Value;
    }

    private Uri Address(string relative) => new(new Uri(_options.BaseAddress.AbsoluteUri.TrimEnd('/') + "/"), relative);

    private async Task<JsonElement?> SendAsync(HttpMethod method, Uri uri, byte[]? body, bool allowNotFound, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, $"{method} {uri}");
        try
        {
            response = await _resilience.ExecuteAsync(
                async (resilienceContext, _) =>
                {
                    var token = resilienceContext.CancellationToken;
                    using var request = new HttpRequestMessage(method, uri);
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                    if (body is not null)
                    {
                        request.Content = new ByteArrayContent(body);
                        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                    }

                    // The body is read within the attempt, so its timeout covers a register that stalls mid-answer.
                    var answer = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
                    return answer;
                },
                context,
                0).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new RegisterRequestException(uri, null, $"The register did not answer {method} {uri} in time ({exception.Timeout}), also after retries.", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new RegisterRequestException(uri, null, $"The register could not be reached for {method} {uri}: {exception.Message}", exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound && allowNotFound)
            {
                return null;
            }

            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new RegisterRequestException(
                    uri,
                    response.StatusCode,
                    $"The register answered {(int)response.StatusCode} {response.ReasonPhrase} to {method} {uri}{Detail(content)}.");
            }

            try
            {
                using var document = JsonDocument.Parse(content);
                return document.RootElement.Clone();
            }
            catch (JsonException exception)
            {
                throw new RegisterRequestException(uri, response.StatusCode, $"The register's answer to {method} {uri} is not JSON: {exception.Message}", exception);
            }
        }
    }

    /// <summary>The register's own explanation of an error (FastAPI's <c>{"detail": ...}</c>), short, when it gave one.</summary>
    private static string Detail(byte[] content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("detail", out var detail))
            {
                var text = detail.ValueKind == JsonValueKind.String ? detail.GetString()! : detail.GetRawText();
                return $": {(text.Length > 200 ? text[..200] + "…" : text)}";
            }
        }
        catch (JsonException)
        {
            // Not JSON: an error page from a proxy, say; its status says enough.
        }

        return string.Empty;
    }

    private ResiliencePipeline<HttpResponseMessage> BuildResilience(AlgoritmeregisterClientOptions options, TimeProvider time)
    {
        var retry = new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
            BackoffType = DelayBackoffType.Exponential,
            Delay = options.RetryDelay,
            UseJitter = options.UseJitter,
            ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(args.Outcome)),
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.Headers.RetryAfter?.Delta is { } wait && wait <= TimeSpan.FromMinutes(1) ? wait : (TimeSpan?)null),
            OnRetry = args =>
            {
                var request = args.Context.Properties.GetValue(RequestKey, "a request");
                if (args.Outcome.Result is { } failed)
                {
                    _logger.RetryingAfterStatus((int)failed.StatusCode, request, args.AttemptNumber + 1, args.RetryDelay);
                    failed.Dispose();
                }
                else
                {
                    _logger.RetryingAfterFailure(request, args.Outcome.Exception is TimeoutRejectedException ? "timeout" : args.Outcome.Exception?.Message ?? "no answer", args.AttemptNumber + 1, args.RetryDelay);
                }

                return ValueTask.CompletedTask;
            },
        };

        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(options.TotalTimeout)
            .AddRetry(retry)
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests || response.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };
}
