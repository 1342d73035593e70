namespace Kenbaarheid.Storage;

/// <summary>What writing a notice set came to.</summary>
public enum NoticeWriteResult
{
    /// <summary>The set is stored now; any files a failed earlier attempt left were identical and kept.</summary>
    Written,

    /// <summary>A different notice set holds this place; nothing was overwritten.</summary>
    Conflict,
}
