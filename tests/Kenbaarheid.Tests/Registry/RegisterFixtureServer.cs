using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Kenbaarheid.Tests.Registry;

/// <summary>
/// A real HTTP server on 127.0.0.1 that answers like the Algoritmeregister API, from the recorded-shape fixtures in
/// <c>Fixtures/register-api</c> and the sample records. Faults can be scripted per path (a status, or a delay longer
/// than the client's timeout); <see cref="Stop"/> takes the server down, so its port refuses connections.
/// </summary>
internal sealed class RegisterFixtureServer : IDisposable
{
    public static readonly string FixtureFolder = Path.Combine(RepositoryPaths.Root, "tests/Kenbaarheid.Tests/Registry/Fixtures/register-api");

    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, JsonObject> _records;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Fault>> _faults = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public RegisterFixtureServer()
    {
        _records = Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, "registry"), "*.json")
            .Select(file => JsonNode.Parse(File.ReadAllText(file))!.AsObject())
            .ToDictionary(record => (string)record["lars"]!);
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>Every request as "METHOD /path", with the body of a POST.</summary>
    public ConcurrentQueue<(string Request, string Body)> Requests { get; } = new();

    /// <summary>The next requests whose path starts with <paramref name="pathPrefix"/> get these faults, one each, in order.</summary>
    public void FailNext(string pathPrefix, params Fault[] faults)
    {
        var queue = _faults.GetOrAdd(pathPrefix, _ => new ConcurrentQueue<Fault>());
        foreach (var fault in faults)
        {
            queue.Enqueue(fault);
        }
    }

    /// <summary>Replaces a record's field, as an agency editing its entry would.</summary>
    public void Edit(string lars, string field, string value) => _records[lars][field] = value;

    public int Count(string requestPrefix) => Requests.Count(r => r.Request.StartsWith(requestPrefix, StringComparison.Ordinal));

    public void Stop()
    {
        if (_listener.IsListening)
        {
            _stopping.Cancel();
            _listener.Stop();
            _listener.Close();
        }
    }

    public void Dispose()
    {
        Stop();
        _stopping.Dispose();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var path = request.Url!.AbsolutePath;
        var body = request.HasEntityBody ? await new StreamReader(request.InputStream, Encoding.UTF8).ReadToEndAsync() : string.Empty;
        Requests.Enqueue(($"{request.HttpMethod} {path}", body));
        try
        {
            var fault = _faults.Where(f => path.StartsWith(f.Key, StringComparison.Ordinal)).Select(f => f.Value.TryDequeue(out var next) ? next : null).FirstOrDefault(f => f is not null);
            if (fault is not null)
            {
                if (fault.Delay is { } delay)
                {
                    await Task.Delay(delay, _stopping.Token);
                }

                if (fault.Status is { } status)
                {
                    await WriteAsync(context, status, new JsonObject { ["detail"] = "Internal Server Error" });
                    return;
                }
            }

            var (code, answer) = Route(request.HttpMethod, path.Split('/', StringSplitOptions.RemoveEmptyEntries), body);
            await WriteAsync(context, code, answer);
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            // The client gave up (its timeout) or the server is stopping: nobody is listening for this answer.
        }
    }

    private (int Status, JsonNode Body) Route(string method, string[] segments, string body) => (method, segments) switch
    {
        ("GET", ["api", "algoritme", "NLD", var lars]) => _records.TryGetValue(lars, out var record)
            ? (200, record.DeepClone())
            : (404, Fixture("algoritme-not-found.json")),
        ("POST", ["api", "algoritme", "NLD"]) => Search(JsonNode.Parse(body)!.AsObject()),
        ("GET", ["api", "organisation-details", var org, "NLD"]) => File.Exists(Path.Combine(FixtureFolder, $"organisation-details-{org}-NLD.json"))
            ? (200, OrganisationDetails(org))
            : (404, Fixture("organisation-not-found.json")),
        ("GET", ["api", "downloads", "site-data", "json"]) => (200, new JsonObject
        {
            ["algoritme_versions"] = new JsonArray(_records.Values.Select(r => (JsonNode)r.DeepClone()).ToArray()),
            ["organisation_details"] = new JsonArray(),
        }),
        _ => (404, new JsonObject { ["detail"] = "Not Found" }),
    };

    /// <summary>The organisation's recorded details, with its current records (which a test may have edited).</summary>
    private JsonObject OrganisationDetails(string org)
    {
        var details = Fixture($"organisation-details-{org}-NLD.json");
        details["algoritme_versions"] = new JsonArray(_records.Values.Where(r => (string?)r["org_id"] == org).Select(r => (JsonNode)r.DeepClone()).ToArray());
        return details;
    }

    /// <summary>A page in the recorded envelope of <c>AlgoritmeQueryResponse</c>, filtered on the organisation's name as the register does.</summary>
    private (int, JsonNode) Search(JsonObject query)
    {
        var limit = (int?)query["limit"] ?? 10;
        var page = (int?)query["page"] ?? 1;
        if (limit > 100)
        {
            return (422, Fixture("search-limit-too-high-422.json"));
        }

        var organisation = (string?)query["organisation"];
        var matching = _records.Values
            .Where(r => organisation is null || (string?)r["organization"] == organisation)
            .OrderBy(r => (string)r["name"]!, StringComparer.Ordinal)
            .ToList();
        var envelope = Fixture("search-NLD-organisation-page-1-limit-1.json");
        envelope["results"] = new JsonArray(matching.Skip((page - 1) * limit).Take(limit).Select(r => (JsonNode)r.DeepClone()).ToArray());
        envelope["total_count"] = matching.Count;
        envelope["selected_filters"] = organisation is null
            ? new JsonArray()
            : new JsonArray(new JsonObject { ["key"] = "organisation", ["value"] = organisation });
        return (200, envelope);
    }

    private static JsonObject Fixture(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureFolder, name)))!.AsObject();

    private static async Task WriteAsync(HttpListenerContext context, int status, JsonNode body)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    /// <summary>A scripted failure: answer with <see cref="Status"/>, after waiting <see cref="Delay"/> (either may be absent).</summary>
    internal sealed record Fault(int? Status, TimeSpan? Delay = null)
    {
        public static Fault WithStatus(int status) => new(status);

        public static Fault Hang(TimeSpan delay) => new(null, delay);
    }
}
