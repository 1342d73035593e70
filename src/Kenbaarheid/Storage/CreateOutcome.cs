namespace Kenbaarheid.Storage;

/// <summary>What a create-only write of one file came to.</summary>
public enum CreateOutcome
{
    /// <summary>The file did not exist; it holds these bytes now.</summary>
    Created,

    /// <summary>The file was there already with these very bytes: an earlier attempt wrote it.</summary>
    Identical,

    /// <summary>The file was there already with other bytes; it was left as it is.</summary>
    Different,
}
