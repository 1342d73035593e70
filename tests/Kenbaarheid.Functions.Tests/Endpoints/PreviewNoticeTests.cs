using System.Net;
using System.Text.Json;
using Kenbaarheid.Functions.Tests.Hosting;

namespace Kenbaarheid.Functions.Tests.Endpoints;

[Collection(HandlerGroup.Name)]
public sealed class PreviewNoticeTests(HandlerServer server)
{
    [Fact]
    public async Task PreviewNotice_OfAGoodEvent_ReturnsTheHtmlAndStoresNothing()
    {
        var before = await server.SnapshotAsync();
        using var content = new ByteArrayContent(HostPayloads.SampleEvent("servicebus-03-uitwonendenbeurs-prepared"));

        using var response = await server.Http.PostAsync("/api/notices/preview?lang=nl", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains("data-section=\"decision\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await server.SnapshotAsync());
    }

    [Fact]
    public async Task PreviewNotice_AcceptingPdf_ReturnsThePdfOfTheRequestedLanguage()
    {
        var before = await server.SnapshotAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/notices/preview?lang=nl")
        {
            Content = new ByteArrayContent(HostPayloads.SampleEvent("servicebus-03-uitwonendenbeurs-prepared")),
        };
        request.Headers.Accept.ParseAdd("application/pdf");

        using var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Contains("Besluit", string.Concat(document.GetPage(1).Letters.Select(l => l.Value)), StringComparison.Ordinal);
        Assert.Equal(before, await server.SnapshotAsync());
    }

    [Fact]
    public async Task PreviewNotice_OfABadEvent_Answers422WithEveryProblem()
    {
        var before = await server.SnapshotAsync();
        using var content = new ByteArrayContent(HostPayloads.SampleEvent("servicebus-90-rejected-bsn-bad-lars-missing-source"));

        using var response = await server.Http.PostAsync("/api/notices/preview", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problems = body.RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.True(problems.Count >= 3, $"Expected the three problems of sample 90, got {problems.Count}.");
        Assert.All(problems, problem => Assert.False(string.IsNullOrEmpty(problem.GetProperty("code").GetString())));
        Assert.Equal(before, await server.SnapshotAsync());
    }

    [Fact]
    public async Task PreviewNotice_InALanguageTheNoticeIsNotWrittenIn_Answers422()
    {
        using var content = new ByteArrayContent(HostPayloads.SampleEvent("servicebus-03-uitwonendenbeurs-prepared"));

        using var response = await server.Http.PostAsync("/api/notices/preview?lang=xx", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }
}
