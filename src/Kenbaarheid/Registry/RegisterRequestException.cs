using System.Net;

namespace Kenbaarheid.Registry;

/// <summary>
/// The register could not give what was asked: it answered with an error, did not answer in time, or answered
/// something that is not a register response. The message names the address and, when there was one, the status.
/// </summary>
public sealed class RegisterRequestException : Exception
{
    public RegisterRequestException()
    {
    }

    public RegisterRequestException(string message)
        : base(message)
    {
    }

    public RegisterRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RegisterRequestException(Uri requestUri, HttpStatusCode? statusCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        RequestUri = requestUri;
        StatusCode = statusCode;
    }

    public Uri? RequestUri { get; }

    /// <summary>The register's answer, or null when it gave none (timeout, connection failure).</summary>
    public HttpStatusCode? StatusCode { get; }
}
