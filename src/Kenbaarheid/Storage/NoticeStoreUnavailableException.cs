namespace Kenbaarheid.Storage;

/// <summary>The store could not be reached or written; the event should be tried again later, not rejected.</summary>
public sealed class NoticeStoreUnavailableException : Exception
{
    public NoticeStoreUnavailableException(string message)
        : base(message)
    {
    }

    public NoticeStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
