using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using Kenbaarheid.Explanation;

namespace Kenbaarheid.Rendering;

/// <summary>
/// Renders a notice in each of its languages, as HTML and as plain text. Templates are compiled once, when the
/// renderer is built; an unresolved binding is an error, never a blank in a citizen's notice.
/// </summary>
public sealed partial class NoticeRenderer
{
    public const string HtmlContentType = "text/html; charset=utf-8";
    public const string TextContentType = "text/plain; charset=utf-8";

    private readonly Dictionary<(string Language, TemplateChannel Channel), (NoticeTemplate Template, HandlebarsTemplate<object, object> Render)> _compiled = [];

    public NoticeRenderer(TemplateSet templates)
    {
        foreach (var template in templates.All)
        {
            _compiled[(template.Language, template.Channel)] = (template, Compile(template));
        }
    }

    public IReadOnlySet<string> Languages => _compiled.Keys.Select(k => k.Language).ToHashSet();

    public RenderedNotice Render(NoticeExplanation explanation)
    {
        var documents = new List<RenderedDocument>();
        var references = new List<TemplateReference>();
        var json = ExplanationDocument.ToElement(explanation);
        foreach (var language in explanation.Languages)
        {
            foreach (var channel in Enum.GetValues<TemplateChannel>())
            {
                if (!_compiled.TryGetValue((language, channel), out var compiled))
                {
                    throw new TemplateException($"There is no {channel.ToString().ToLowerInvariant()} template for language '{language}'.");
                }

                var model = TemplateModel.FromJson(json);
                model["template"] = new Dictionary<string, object?>
                {
                    ["id"] = compiled.Template.Id,
                    ["version"] = compiled.Template.Version,
                    ["language"] = language,
                };

                string text;
                try
                {
                    text = compiled.Render(model);
                }
                catch (Exception exception) when (exception is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException)
                {
                    throw new TemplateException($"Template '{compiled.Template.Id}' failed on notice {explanation.NoticeId}: {exception.Message}", exception);
                }

                var extension = channel == TemplateChannel.Html ? "html" : "txt";
                var contentType = channel == TemplateChannel.Html ? HtmlContentType : TextContentType;
                documents.Add(new RenderedDocument($"notice.{language}.{extension}", contentType, Encoding.UTF8.GetBytes(Tidy(text))));
                references.Add(compiled.Template.Reference);
            }
        }

        return new RenderedNotice(documents, references);
    }

    private static HandlebarsTemplate<object, object> Compile(NoticeTemplate template)
    {
        var configuration = new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            // Plain text is not HTML: escaping there would print "&amp;" in a letter.
            TextEncoder = template.Channel == TemplateChannel.Html ? new StrictHtmlEncoder() : null,
        };
        var handlebars = Handlebars.Create(configuration);
        var culture = CultureInfo.GetCultureInfo(template.Language);
        RegisterHelpers(handlebars, culture);
        try
        {
            foreach (var (name, source) in template.Partials)
            {
                handlebars.RegisterTemplate(name, source);
            }

            return handlebars.Compile(template.Source);
        }
        catch (HandlebarsException exception)
        {
            throw new TemplateException($"Template '{template.Id}' does not compile: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// The only helpers templates get: a comparison to choose a phrase, and dates in the reader's language.
    /// Anything cleverer belongs in the explanation, not in a template.
    /// </summary>
    private static void RegisterHelpers(IHandlebars handlebars, CultureInfo culture)
    {
        handlebars.RegisterHelper("is", (output, options, context, arguments) =>
        {
            if (arguments.Length != 2)
            {
                throw new HandlebarsException("{{#is}} needs two arguments: a value and the value to compare it with.");
            }

            if (string.Equals(arguments[0]?.ToString(), arguments[1]?.ToString(), StringComparison.Ordinal))
            {
                options.Template(output, context);
            }
            else
            {
                options.Inverse(output, context);
            }
        });

        handlebars.RegisterHelper("date", (context, arguments) =>
        {
            var text = arguments.Length == 1 ? arguments[0]?.ToString() : null;
            if (text is null)
            {
                throw new HandlebarsException("{{date}} needs one argument: an ISO date.");
            }

            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date.ToString("d MMMM yyyy", culture)
                : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
                    ? moment.ToString("d MMMM yyyy", culture)
                    : throw new HandlebarsException($"{{{{date}}}} cannot read '{text}' as a date.");
        });
    }

    /// <summary>Template whitespace is for template authors: readers get no trailing blanks and at most one empty line.</summary>
    private static string Tidy(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd());
        var joined = string.Join('\n', lines);
        return BlankLines().Replace(joined, "\n\n").Trim('\n') + "\n";
    }

    [GeneratedRegex("\n{3,}")]
    private static partial Regex BlankLines();
}
