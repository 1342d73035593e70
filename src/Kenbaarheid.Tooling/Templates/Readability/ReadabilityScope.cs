namespace Kenbaarheid.Tooling.Templates.Readability;

/// <summary>What a measurement covers.</summary>
public enum ReadabilityScope
{
    /// <summary>The notice as the citizen reads it, text from the event and the register included.</summary>
    Notice,

    /// <summary>The templates' own sentences: every bound value removed, sentences left empty dropped.</summary>
    Own,
}
