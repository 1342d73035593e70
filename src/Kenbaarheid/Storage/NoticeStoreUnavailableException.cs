namespace Kenbaarheid.Storage;

/// <summary>
/// The store could not be reached or written; the event should be tried again later, not rejected. When
/// <see cref="IsMisconfiguration"/> the store answered, but refused the identity a permission it needs: no retry
/// mends that, an operator must (the message names the permission); the event is still not at fault.
/// </summary>
public sealed class NoticeStoreUnavailableException : Exception
{
    public NoticeStoreUnavailableException(string message, Exception innerException, bool isMisconfiguration)
        : base(message, innerException)
    {
        IsMisconfiguration = isMisconfiguration;
    }

    public NoticeStoreUnavailableException(string message)
        : base(message)
    {
    }

    public NoticeStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The store refused a permission (HTTP 403): a configuration fault, not an outage.</summary>
    public bool IsMisconfiguration { get; }
}
