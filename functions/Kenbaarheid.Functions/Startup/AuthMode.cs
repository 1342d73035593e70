namespace Kenbaarheid.Functions.Startup;

/// <summary>How the HTTP functions (GetNotice, PreviewNotice) authenticate their callers.</summary>
public enum AuthMode
{
    /// <summary>Every request needs a bearer token from the configured Entra ID issuer; the default.</summary>
    EntraId,

    /// <summary>
    /// No token is checked: for running the handler on a developer's machine only. The handler refuses to start
    /// with it on an App Service or Functions instance.
    /// </summary>
    DisabledForLocalDevelopment,
}
