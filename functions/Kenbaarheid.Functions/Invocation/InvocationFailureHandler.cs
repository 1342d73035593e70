using Kenbaarheid.Functions.Endpoints;
using Microsoft.AspNetCore.Diagnostics;

namespace Kenbaarheid.Functions.Invocation;

/// <summary>
/// Answers an unexpected failure of an invocation (a bug, or a store holding something it should not) the way the
/// host can read: 500 with the usual JSON envelope, never an empty body, so the message is abandoned, retried and
/// finally dead-lettered with a reason in the host's log. Other routes get a problem response. The log names the
/// exception's type and where it was thrown, not its message, which may quote an event.
/// </summary>
internal sealed partial class InvocationFailureHandler(ILogger<InvocationFailureHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        Failed(logger, httpContext.Request.Path, exception.GetType().FullName ?? exception.GetType().Name, exception.StackTrace);
        if (!httpContext.Request.Path.Equals(HandlerEndpoints.FunctionRoutes[HandlerEndpoints.ProcessDecisionFunction], StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await httpContext.Response.WriteAsJsonAsync(
            new InvocationResponse(
                new Dictionary<string, object?> { [HandlerEndpoints.IssuedBinding] = null },
                [$"The handler failed unexpectedly ({exception.GetType().Name}); the message will be delivered again."],
                null),
            cancellationToken).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(7, LogLevel.Error, "Unexpected {ExceptionType} while handling {Path}: {StackTrace}")]
    private static partial void Failed(ILogger logger, string path, string exceptionType, string? stackTrace);
}
