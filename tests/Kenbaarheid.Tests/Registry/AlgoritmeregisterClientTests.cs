using System.Net;
using System.Text.Json;
using Kenbaarheid.Events;
using Kenbaarheid.Registry;
using Fault = Kenbaarheid.Tests.Registry.RegisterFixtureServer.Fault;

namespace Kenbaarheid.Tests.Registry;

public sealed class AlgoritmeregisterClientTests : IDisposable
{
    private readonly RegisterFixtureServer _server = new();
    private readonly HttpClient _http = new();
    private readonly RecordingLogger<AlgoritmeregisterClient> _log = new();

    [Fact]
    public async Task GetAlgorithm_ReturnsTheRecordAsTheRegisterSentIt()
    {
        var record = await Client().GetAlgorithmAsync("63712924");

        Assert.NotNull(record);
        var read = RegisterRecordReader.Read(record.Value)!;
        Assert.Equal("Huurtoeslag berekenen", read.Name);
        Assert.Equal(OrgId.Parse("zb999901"), read.OrgId);
        Assert.Contains("GET /api/algoritme/NLD/63712924", _server.Requests.Select(r => r.Request));
    }

    [Fact]
    public async Task GetAlgorithm_ReturnsNullForALarsTheRegisterDoesNotKnowWithoutRetrying()
    {
        var record = await Client().GetAlgorithmAsync("11111116");

        Assert.Null(record);
        Assert.Equal(1, _server.Count("GET /api/algoritme/NLD/11111116"));
    }

    [Fact]
    public async Task GetAlgorithm_RetriesAServerErrorAndThenSucceeds()
    {
        _server.FailNext("/api/algoritme/NLD/63712924", Fault.WithStatus(500));

        var record = await Client().GetAlgorithmAsync("63712924");

        Assert.NotNull(record);
        Assert.Equal(2, _server.Count("GET /api/algoritme/NLD/63712924"));
        Assert.True(_log.Has(Microsoft.Extensions.Logging.LogLevel.Warning, "answered 500 to GET"));
    }

    [Fact]
    public async Task GetAlgorithm_RetriesTooManyRequestsAndTimeouts()
    {
        _server.FailNext("/api/algoritme/NLD/63712924", Fault.WithStatus(429), Fault.Hang(TimeSpan.FromSeconds(6)));

        var record = await Client().GetAlgorithmAsync("63712924");

        Assert.NotNull(record);
        Assert.Equal(3, _server.Count("GET /api/algoritme/NLD/63712924"));
        Assert.True(_log.Has(Microsoft.Extensions.Logging.LogLevel.Warning, "timeout"));
    }

    [Fact]
    public async Task GetAlgorithm_GivesUpAfterTheRetriesWithAnErrorNamingTheAddressAndStatus()
    {
        _server.FailNext("/api/algoritme/NLD/63712924", Enumerable.Repeat(Fault.WithStatus(503), 10).ToArray());

        var exception = await Assert.ThrowsAsync<RegisterRequestException>(() => Client().GetAlgorithmAsync("63712924"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Contains($"{_server.BaseAddress}api/algoritme/NLD/63712924", exception.Message, StringComparison.Ordinal);
        Assert.Contains("503", exception.Message, StringComparison.Ordinal);
        Assert.Equal(3, _server.Count("GET /api/algoritme/NLD/63712924"));
    }

    [Fact]
    public async Task Search_DoesNotRetryAClientErrorAndQuotesTheRegistersDetail()
    {
        var exception = await Assert.ThrowsAsync<RegisterRequestException>(() => Client().SearchAsync(new RegisterSearchQuery(Limit: 500)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, exception.StatusCode);
        Assert.Contains("less than or equal to 100", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.Count("POST /api/algoritme/NLD"));
    }

    [Fact]
    public async Task Search_ReportsARegisterThatCannotBeReachedAsARequestError()
    {
        _server.Stop();

        var exception = await Assert.ThrowsAsync<RegisterRequestException>(() => Client().SearchAsync(new RegisterSearchQuery()));

        Assert.Null(exception.StatusCode);
        Assert.Contains(_server.BaseAddress.ToString(), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAll_ReadsEveryPageFromOneWithTheRegistersRequestShape()
    {
        var records = new List<JsonElement>();
        await foreach (var record in Client().SearchAllAsync(new RegisterSearchQuery(Limit: 2, Organisation: "Gemeente Noorderhaaks")))
        {
            records.Add(record);
        }

        Assert.Equal(3, records.Count);
        var bodies = _server.Requests.Where(r => r.Request == "POST /api/algoritme/NLD").Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal([1, 2], bodies.Select(b => b.GetProperty("page").GetInt32()).Order());
        Assert.All(bodies, b => Assert.Equal(2, b.GetProperty("limit").GetInt32()));
        Assert.All(bodies, b => Assert.Equal("Gemeente Noorderhaaks", b.GetProperty("organisation").GetString()));
        var recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(RegisterFixtureServer.FixtureFolder, "search-NLD-request.json"))).RootElement;
        Assert.All(recorded.EnumerateObject(), field => Assert.True(bodies[0].TryGetProperty(field.Name, out _), $"the request lacks '{field.Name}'"));
    }

    [Fact]
    public async Task GetOrganisation_ReadsTheNameAndThePublishedVersions()
    {
        var organisation = await Client().GetOrganisationAsync("zb999901");

        Assert.NotNull(organisation);
        Assert.Equal("Dienst Uitvoering Toeslagen", organisation.Name);
        Assert.Equal(2, organisation.AlgorithmVersions.Count);
        Assert.Null(await Client().GetOrganisationAsync("gm0001"));
    }

    [Fact]
    public async Task GetSiteData_ReturnsTheDumpThatTheSnapshotLoaderReads()
    {
        var dump = await Client().GetSiteDataAsync();

        Assert.Equal(6, dump.GetProperty("algoritme_versions").GetArrayLength());
    }

    [Fact]
    public void Options_RefuseAPageSizeTheRegisterDoesNotAllow()
    {
        var exception = Assert.Throws<ArgumentException>(() => new AlgoritmeregisterClient(_http, new AlgoritmeregisterClientOptions { PageSize = 500 }));

        Assert.Contains("PageSize 500", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_DefaultToThePublicRegister()
    {
        Assert.Equal(new Uri("https://algoritmes.overheid.nl"), new AlgoritmeregisterClientOptions().BaseAddress);
    }

    public void Dispose()
    {
        _server.Dispose();
        _http.Dispose();
    }

    private AlgoritmeregisterClient Client() => new(_http, FastOptions(_server.BaseAddress), logger: _log);

    /// <summary>The real strategy with short delays, so failure tests take a few seconds at most.</summary>
    internal static AlgoritmeregisterClientOptions FastOptions(Uri baseAddress) => new()
    {
        BaseAddress = baseAddress,
        // Long enough that a busy machine does not time out a normal answer, which would add an attempt to the counts.
        AttemptTimeout = TimeSpan.FromSeconds(2),
        TotalTimeout = TimeSpan.FromSeconds(10),
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(20),
        UseJitter = false,
    };
}
