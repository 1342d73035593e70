using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kenbaarheid.Functions.Tests.Hosting;

namespace Kenbaarheid.Functions.Tests.Endpoints;

/// <summary>
/// Per-agency access to GetNotice and PreviewNotice through the running handler, with tokens signed by a test issuer
/// whose keys the handler fetches from its published metadata, as it would from Entra ID.
/// </summary>
[Collection(HandlerGroup.Name)]
public sealed class AuthorizationTests(HandlerServer server)
{
    private const string NoticePath = "/api/notices/zb999901/HT-2027-000123/1";

    private Task<HttpResponseMessage> GetAsync(string path, string? token) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), token);

    private Task<HttpResponseMessage> PreviewAsync(byte[] body, string token) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/notices/preview") { Content = new ByteArrayContent(body) }, token);

    /// <summary>Sends with this token only, not the all-agencies token of the shared client.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? token)
    {
        using (request)
        {
            request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
            using var client = new HttpClient { BaseAddress = server.Address };
            return await client.SendAsync(request);
        }
    }

    private async Task IssueSampleNoticeAsync() =>
        (await server.InvokeAsync("ProcessDecision", HostPayloads.Read("servicebus-01-huurtoeslag-automated"))).Dispose();

    public static TheoryData<string, string> InvalidTokens => new()
    {
        { "no token", string.Empty },
        { "not a token", "not-a-jwt" },
        { "signed with a key the issuer does not publish", "forged" },
        { "for another audience", "audience" },
        { "from another issuer", "issuer" },
        { "expired ten minutes ago", "expired" },
    };

    [Theory]
    [MemberData(nameof(InvalidTokens))]
    public async Task GetNotice_WithoutAValidToken_Answers401WithAProblem(string why, string kind)
    {
        await IssueSampleNoticeAsync();
        string[] roles = ["Agency.zb999901"];
        var token = kind switch
        {
            "" => null,
            "not-a-jwt" => "not-a-jwt",
            "forged" => server.Tokens.Token(roles, signWithUnpublishedKey: true),
            "audience" => server.Tokens.Token(roles, audience: "api://some-other-api"),
            "issuer" => server.Tokens.Token(roles, issuer: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0"),
            _ => server.Tokens.Token(roles, expires: DateTime.UtcNow.AddMinutes(-10)),
        };

        using var response = await GetAsync(NoticePath, token);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"A request with {why} was answered {(int)response.StatusCode}.");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("manifest", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetNotice_WithTheAgencysRole_GivesTheLinks()
    {
        await IssueSampleNoticeAsync();

        using var response = await GetAsync(NoticePath, server.Tokens.Token(["Agency.zb999901"]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("zb999901", body.RootElement.GetProperty("manifest").GetProperty("agencyId").GetString());
    }

    [Theory]
    [InlineData("Agency.zb999902")]
    [InlineData("Agency.ZB999901")]
    [InlineData("Agency.zb99990")]
    [InlineData("zb999901")]
    [InlineData("Agency.*")]
    public async Task GetNotice_WithAnotherAgencysRole_Answers403NamingTheRoleAndNoPersonalData(string role)
    {
        await IssueSampleNoticeAsync();

        using var response = await GetAsync(NoticePath, server.Tokens.Token([role]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);
        Assert.Equal(403, body.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("Agency.zb999901", body.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertNoEventData(text);
    }

    [Fact]
    public async Task GetNotice_ForAnotherAgencysDecisionThatDoesNotExist_IsForbiddenNotNotFound()
    {
        // Guessing decision ids of another agency tells the caller nothing: 403 whether the notice exists or not.
        using var response = await GetAsync("/api/notices/zb999901/NO-SUCH-DECISION/1", server.Tokens.Token(["Agency.gm9999"]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PreviewNotice_OfAnotherAgencysEvent_Answers403WithoutRenderingItBack()
    {
        var sample = HostPayloads.SampleEvent("servicebus-01-huurtoeslag-automated");

        using var response = await PreviewAsync(sample, server.Tokens.Token(["Agency.gm9999"]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertNoEventData(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PreviewNotice_OfTheAgencysOwnEvent_RendersIt()
    {
        var sample = HostPayloads.SampleEvent("servicebus-01-huurtoeslag-automated");

        using var response = await PreviewAsync(sample, server.Tokens.Token(["Agency.zb999901"]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PreviewNotice_OfBytesThatNameNoAgency_AnswersTheirProblemsToAnyAgency()
    {
        using var response = await PreviewAsync(Encoding.UTF8.GetBytes("{\"data\":{\"agency\":{\"id\":42}}}"), server.Tokens.Token(["Agency.gm9999"]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task ProcessDecision_NeedsNoToken_TheHostCallsItWithAnEnvelope()
    {
        using var client = new HttpClient { BaseAddress = server.Address };
        using var content = new StringContent(HostPayloads.Read("servicebus-01-huurtoeslag-automated"), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/ProcessDecision", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static void AssertNoEventData(string body)
    {
        // The recipient reference and the free text of sample 01 never appear in a refusal.
        var sample = JsonDocument.Parse(HostPayloads.SampleEvent("servicebus-01-huurtoeslag-automated")).RootElement.GetProperty("data");
        Assert.DoesNotContain(sample.GetProperty("recipient").GetProperty("ref").GetString()!, body, StringComparison.Ordinal);
        Assert.DoesNotContain("HT-2027-000123", body, StringComparison.Ordinal);
    }
}
