namespace Kenbaarheid.Rendering;

/// <summary>A template that cannot be used as it is: the message names the template or file and the rule it breaks.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string message)
        : base(message)
    {
    }

    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
