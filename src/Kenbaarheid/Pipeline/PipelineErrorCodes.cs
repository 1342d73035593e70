namespace Kenbaarheid.Pipeline;

/// <summary>Rejection codes the pipeline itself raises, beside those of the event, explanation and template stages.</summary>
internal static class PipelineErrorCodes
{
    /// <summary>A different event already has a notice for this agency, decision and revision.</summary>
    public const string NoticeExists = "NOTICE_EXISTS";
}
