namespace Kenbaarheid.Storage;

/// <summary>What writing a notice set came to.</summary>
internal abstract record NoticeWriteResult
{
    private NoticeWriteResult()
    {
    }

    /// <summary>The set is stored now; any files a failed earlier attempt left were identical and kept.</summary>
    public sealed record Written : NoticeWriteResult;

    /// <summary>An earlier delivery of the same event bytes finished the set; <see cref="Manifest"/> is the stored one.</summary>
    public sealed record AlreadyWritten(NoticeManifest Manifest) : NoticeWriteResult;

    /// <summary>A different notice set holds this place; nothing was overwritten.</summary>
    public sealed record Conflict : NoticeWriteResult;
}
