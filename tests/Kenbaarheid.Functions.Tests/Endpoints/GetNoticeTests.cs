using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Kenbaarheid.Functions.Tests.Hosting;

namespace Kenbaarheid.Functions.Tests.Endpoints;

[Collection(HandlerGroup.Name)]
public sealed class GetNoticeTests(HandlerServer server)
{
    [Fact]
    public async Task GetNotice_ForAnIssuedNotice_GivesTheManifestAndLinksThatDownloadTheDocumentsUntilTheyExpire()
    {
        (await server.InvokeAsync("ProcessDecision", HostPayloads.Read("servicebus-01-huurtoeslag-automated"))).Dispose();

        using var response = await server.Http.GetAsync("/api/notices/zb999901/HT-2027-000123/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("HT-2027-000123", body.RootElement.GetProperty("manifest").GetProperty("decisionId").GetString());
        var links = body.RootElement.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(
            body.RootElement.GetProperty("manifest").GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()),
            links.Select(l => l.GetProperty("name").GetString()));
        Assert.Contains(links, l => l.GetProperty("name").GetString() == "notice.nl.pdf" && l.GetProperty("contentType").GetString() == "application/pdf");
        Assert.Contains(links, l => l.GetProperty("name").GetString() == "notice.en.pdf");
        using var anonymous = new HttpClient();
        foreach (var link in links)
        {
            var content = await anonymous.GetByteArrayAsync(link.GetProperty("url").GetString());
            Assert.Equal(link.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(content)));
        }

        var expiresAt = body.RootElement.GetProperty("expiresAt").GetDateTimeOffset();
        var wait = expiresAt - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1.5);
        await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
        using var expired = await anonymous.GetAsync(links[0].GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
    }

    [Theory]
    [InlineData("/api/notices/zb999901/NO-SUCH-DECISION/1")]
    [InlineData("/api/notices/zb999901/HT-2027-000123/99")]
    [InlineData("/api/notices/zb999901/..%2F..%2Fother/1")]
    public async Task GetNotice_WhenThereIsNoNotice_Answers404WithAPlainMessage(string path)
    {
        using var response = await server.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("There is no notice", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
