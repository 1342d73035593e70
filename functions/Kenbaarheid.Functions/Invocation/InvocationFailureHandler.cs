using Kenbaarheid.Functions.Endpoints;
using Microsoft.AspNetCore.Diagnostics;

namespace Kenbaarheid.Functions.Invocation;

/// <summary>
/// Answers an unexpected failure of an invocation (a bug, or a store holding something it should not) the way the
/// host can read: 500 with the usual JSON envelope, never an empty body, so the message is abandoned, retried and
/// finally dead-lettered with a reason in the host's log; a timer run fails and its retry policy applies. Other routes
/// get a problem response. The log names the exception's type and where it was thrown, not its message, which may
/// quote an event.
/// </summary>
internal sealed partial class InvocationFailureHandler(ILogger<InvocationFailureHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        Failed(logger, httpContext.Request.Path, exception.GetType().FullName ?? exception.GetType().Name, exception.StackTrace);
        var function = HandlerEndpoints.EnvelopeFunctions.FirstOrDefault(name =>
            httpContext.Request.Path.Equals(HandlerEndpoints.FunctionRoutes[name], StringComparison.OrdinalIgnoreCase));
        if (function is null)
        {
            return false;
        }

        var isMessage = function == HandlerEndpoints.ProcessDecisionFunction;
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await httpContext.Response.WriteAsJsonAsync(
            new InvocationResponse(
                isMessage ? new Dictionary<string, object?> { [HandlerEndpoints.IssuedBinding] = null } : new Dictionary<string, object?>(),
                [$"The handler failed unexpectedly ({exception.GetType().Name}); {(isMessage ? "the message will be delivered again" : "the run failed and its retry policy applies")}."],
                null),
            cancellationToken).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(7, LogLevel.Error, "Unexpected {ExceptionType} while handling {Path}: {StackTrace}")]
    private static partial void Failed(ILogger logger, string path, string exceptionType, string? stackTrace);
}
