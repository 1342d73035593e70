using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json;
using Kenbaarheid.Azure.Messaging;
using Kenbaarheid.Azure.Storage;
using Kenbaarheid.Functions.Invocation;
using Kenbaarheid.Functions.Startup;
using Kenbaarheid.Functions.Telemetry;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Rendering;
using Kenbaarheid.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kenbaarheid.Functions.Endpoints;

/// <summary>
/// The routes the Functions host calls. A Service Bus invocation arrives at <c>/{FunctionName}</c> in the host's
/// envelope; the HTTP functions are proxied as they are (<c>enableProxyingHttpRequest</c>) at
/// <c>/api/{route}</c>, so they answer with real status codes and content types. The timers (<see cref="TimerEndpoints"/>)
/// arrive in an envelope too.
/// </summary>
public static class HandlerEndpoints
{
    public const string ProcessDecisionFunction = "ProcessDecision";
    public const string GetNoticeFunction = "GetNotice";
    public const string PreviewNoticeFunction = "PreviewNotice";
    public const string SyncRegistryFunction = "SyncRegistry";
    public const string ReconcileFunction = "Reconcile";

    /// <summary>The Service Bus trigger's binding name in <c>functions/ProcessDecision/function.json</c>.</summary>
    public const string MessageBinding = "message";

    /// <summary>The output binding to the <c>notices-issued</c> queue.</summary>
    public const string IssuedBinding = "issued";

    /// <summary>The routes the handler serves, as the host calls them; the publish test checks every function.json against these.</summary>
    public static readonly IReadOnlyDictionary<string, string> FunctionRoutes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ProcessDecisionFunction] = $"/{ProcessDecisionFunction}",
        [GetNoticeFunction] = "/api/notices/{agencyId}/{decisionId}/{revision:int}",
        [PreviewNoticeFunction] = "/api/notices/preview",
        [SyncRegistryFunction] = $"/{SyncRegistryFunction}",
        [ReconcileFunction] = $"/{ReconcileFunction}",
    };

    /// <summary>The functions the host calls with an invocation envelope (not forwarded HTTP); they must always answer with one.</summary>
    public static readonly IReadOnlySet<string> EnvelopeFunctions = new HashSet<string>(StringComparer.Ordinal)
    {
        ProcessDecisionFunction, SyncRegistryFunction, ReconcileFunction,
    };

    public static IEndpointRouteBuilder MapHandlerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", Ready);
        endpoints.MapPost(FunctionRoutes[ProcessDecisionFunction], ProcessDecisionAsync);
        // The HTTP functions need a valid token (401 otherwise; HandlerAuthentication); which agency it grants is checked per request.
        endpoints.MapGet(FunctionRoutes[GetNoticeFunction], GetNoticeAsync).RequireAuthorization();
        endpoints.MapPost(FunctionRoutes[PreviewNoticeFunction], PreviewNoticeAsync).RequireAuthorization();

        endpoints.MapPost(FunctionRoutes[SyncRegistryFunction], TimerEndpoints.SyncRegistryAsync);
        endpoints.MapPost(FunctionRoutes[ReconcileFunction], TimerEndpoints.ReconcileAsync);
        return endpoints;
    }

    /// <summary>
    /// The host polls this until it answers (any answer counts). It answers at once: 200 once the configuration is
    /// loaded, 503 while it is still loading; invocations meanwhile wait for it.
    /// </summary>
    public static Results<Ok<string>, ContentHttpResult> Ready(HandlerStartup startup) =>
        startup.IsReady ? TypedResults.Ok("ready") : TypedResults.Text("starting", statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>
    /// Service Bus trigger: a notice or a rejection record is final, so the answer is 200 and the message completes;
    /// a store that cannot be reached is 500, so Service Bus delivers the message again.
    /// </summary>
    public static async Task<JsonHttpResult<InvocationResponse>> ProcessDecisionAsync(
        HttpRequest request, NoticePipeline pipeline, BlobNoticeStore store, PipelineTelemetry telemetry, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(ProcessDecisionFunction);
        InvocationRequest? invocation;
        try
        {
            invocation = await JsonSerializer.DeserializeAsync<InvocationRequest>(request.Body, InvocationRequest.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            invocation = null;
        }

        // The message id is whatever the sender set, like an event id: it reaches logs and spans only path-safe.
        var messageId = invocation?.MetadataText("MessageId") is { } id ? PathSafeId.From(id) : null;
        var deliveryCount = invocation?.MetadataText("DeliveryCount") is { } count ? PathSafeId.From(count) : null;
        if (invocation?.Data is not { } data || !data.TryGetValue(MessageBinding, out var message) || InvocationValueReader.ReadMessage(message) is not { } messageBody)
        {
            // Not an event problem but a broken envelope: there are no event bytes to keep in a rejection record.
            // Failing lets Service Bus retry and then dead-letter the message, where it can be looked at.
            HandlerLog.UnreadableInvocation(logger, ProcessDecisionFunction, MessageBinding, messageId);
            return Answer(StatusCodes.Status400BadRequest, null, $"No readable message in Data.{MessageBinding}.");
        }

        // The event inside, not the string around it, is what the pipeline hashes and keeps: a string-wrapped resend of
        // an event is the same event.
        var eventBytes = CloudEventBody.Unwrap(messageBody, out var unwrapped);
        if (unwrapped)
        {
            HandlerLog.UnwrappedStringBody(logger, messageId, deliveryCount);
        }

        using var activity = PipelineTelemetry.StartEvent(ProcessDecisionFunction, messageId, deliveryCount);
        var started = Stopwatch.GetTimestamp();
        var outcome = await pipeline.ProcessAsync(eventBytes, cancellationToken).ConfigureAwait(false);
        telemetry.Record(activity, outcome, Stopwatch.GetElapsedTime(started));

        switch (outcome)
        {
            case PipelineOutcome.Issued issued:
                HandlerLog.Issued(logger, issued.Folder, issued.LoggableEventId!, issued.Manifest.AgencyId.Value, messageId, deliveryCount, issued.AlreadyIssued);
                var body = JsonSerializer.Serialize(IssuedNoticeMessage.From(issued, store.ServiceUri), JsonSerializerOptions.Web);
                return Answer(StatusCodes.Status200OK, body, $"Issued {issued.Folder}{(issued.AlreadyIssued ? " (already issued)" : string.Empty)} for event {issued.LoggableEventId}.");
            case PipelineOutcome.Rejected rejected:
                var codes = string.Join(", ", rejected.Record.Reasons.Select(reason => reason.Code).Distinct(StringComparer.Ordinal));
                HandlerLog.Rejected(logger, rejected.LoggableEventId, codes, rejected.RecordPath, messageId, deliveryCount);
                return Answer(StatusCodes.Status200OK, null, $"Rejected event {rejected.LoggableEventId ?? "(no id)"}: {codes}. Record: {rejected.RecordPath}.");
            case PipelineOutcome.TransientFailure { Misconfiguration: true } refused:
                // Not the event's fault, so never a rejection: the message goes back and, after its last delivery, to
                // the dead-letter queue, whose alert calls an operator; once the role is granted it is resent from there.
                HandlerLog.StoreMisconfigured(logger, refused.LoggableEventId, refused.Reason, messageId, deliveryCount);
                return Answer(StatusCodes.Status500InternalServerError, null, $"Notice store refused a permission (configuration fault); the message will be delivered again. {refused.Reason}");
            default:
                var failure = (PipelineOutcome.TransientFailure)outcome;
                HandlerLog.TransientFailure(logger, failure.LoggableEventId, failure.Reason, messageId, deliveryCount);
                return Answer(StatusCodes.Status500InternalServerError, null, $"Notice store unavailable; the message will be delivered again. {failure.Reason}");
        }
    }

    /// <summary>The manifest of an issued notice and short-lived read links to its documents; 404 when there is none.</summary>
    public static async Task<Results<Ok<NoticeReadLinks>, ContentHttpResult, ProblemHttpResult>> GetNoticeAsync(
        string agencyId, string decisionId, int revision, ClaimsPrincipal caller, AgencyAccess access, NoticeLinkIssuer links, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var notFound = TypedResults.Text(
            $"There is no notice for agency '{agencyId}', decision '{decisionId}', revision {revision}.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        // Ids become blob names: anything but an org_id and a decision id cannot name a notice, and must not name another blob.
        if (NoticeAddress.TryCreate(agencyId, decisionId, revision) is not { } address)
        {
            return notFound;
        }

        if (!access.Allows(caller, agencyId))
        {
            return Forbidden($"Notices of agency '{agencyId}' need the app role {AuthOptions.AgencyRolePrefix}{agencyId}.");
        }

        try
        {
            return await links.IssueAsync(address, cancellationToken).ConfigureAwait(false) is { } found
                ? TypedResults.Ok(found)
                : notFound;
        }
        catch (NoticeStoreUnavailableException exception)
        {
            if (exception.IsMisconfiguration)
            {
                HandlerLog.LinksMisconfigured(loggers.CreateLogger(GetNoticeFunction), address.Folder, exception.Message);
            }
            else
            {
                HandlerLog.LinksUnavailable(loggers.CreateLogger(GetNoticeFunction), address.Folder, exception.Message);
            }

            return TypedResults.Problem("The notice store is unavailable; try again shortly.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>
    /// Renders an event without storing anything: the HTML notice in the requested language (default: the first
    /// the notice is written in, the recipient's), or its PDF when the request accepts <c>application/pdf</c> and not
    /// HTML, or 422 with every problem that would reject the event.
    /// </summary>
    public static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> PreviewNoticeAsync(
        HttpRequest request, ClaimsPrincipal caller, AgencyAccess access, NoticePipeline pipeline, [FromQuery(Name = "lang")] string? language,
        CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        var accept = request.GetTypedHeaders().Accept;
        var pdf = accept.Any(type => type.MediaType.Equals(NoticeRenderer.PdfContentType, StringComparison.OrdinalIgnoreCase))
            && !accept.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        var preview = pipeline.Preview(body.ToArray(), withPdf: pdf);
        // The event's agency decides, as for a notice. An event that names no agency (not as a string) cannot
        // render; its problems are about the caller's own bytes and are answered as usual.
        if ((preview.Identity.AgencyId is not null || preview.Notice is not null) && !access.Allows(caller, preview.Identity.AgencyId))
        {
            return Forbidden($"Previews of this event's agency need the app role {AuthOptions.AgencyRolePrefix}{{org_id}} of that agency.");
        }

        if (preview.Notice is not { } notice)
        {
            return TypedResults.Problem(
                title: "The event would be rejected.",
                detail: $"{preview.Problems.Count} problem(s); see 'problems'.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["problems"] = preview.Problems });
        }

        var contentType = pdf ? NoticeRenderer.PdfContentType : NoticeRenderer.HtmlContentType;
        var html = notice.Documents.Where(document => document.ContentType == contentType).ToList();
        var chosen = language is null ? html.FirstOrDefault() : html.FirstOrDefault(document => document.Language == language);
        if (chosen is null)
        {
            return TypedResults.Problem(
                title: "The notice is not written in that language.",
                detail: $"Languages of this notice: {string.Join(", ", html.Select(document => document.Language))}.",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        return pdf
            ? TypedResults.File(chosen.Content.ToArray(), NoticeRenderer.PdfContentType, StoreLayout.NoticeDocumentName(chosen.Language, chosen.Extension))
            : TypedResults.Content(System.Text.Encoding.UTF8.GetString(chosen.Content.Span), NoticeRenderer.HtmlContentType);
    }

    /// <summary>403 with a problem body that names the role needed; never a value from the event.</summary>
    private static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(title: "This token does not grant access to that agency.", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    private static JsonHttpResult<InvocationResponse> Answer(int status, string? issued, string log) =>
        TypedResults.Json(
            new InvocationResponse(new Dictionary<string, object?> { [IssuedBinding] = issued }, [log], null),
            statusCode: status,
            contentType: "application/json");
}
