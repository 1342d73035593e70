using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using Kenbaarheid.Agencies;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Rendering.Themes;
using Kenbaarheid.Rendering.Pdf;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Rendering;

/// <summary>
/// Renders a notice in each of its languages, as HTML and as plain text. Templates are compiled once, when the
/// renderer is built; an unresolved binding is an error, never a blank in a citizen's notice.
/// </summary>
public sealed partial class NoticeRenderer
{
    public const string HtmlContentType = "text/html; charset=utf-8";
    public const string TextContentType = "text/plain; charset=utf-8";

    /// <summary>The partial every template has for drafts: its text must appear in every draft render.</summary>
    public const string DraftBannerPartial = "draft-banner";

    /// <summary>The model's key for the theme: not a field of the explanation, which is facts, not styling.</summary>
    internal const string ThemeKey = "theme";

    /// <summary>Private-use characters that never occur in a notice: they bracket bound text when the checker asks.</summary>
    internal const char BoundTextStart = '\uE000';
    internal const char BoundTextEnd = '\uE001';

    /// <summary>The partial of each HTML template with the PDF's page line: legal approves it with the template.</summary>
    public const string PageLinePartial = "page-line";

    public const string PdfContentType = "application/pdf";

    private readonly Dictionary<(string Language, TemplateChannel Channel), (NoticeTemplate Template, HandlebarsTemplate<object, object> Render)> _compiled = [];
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _pageLines = new(StringComparer.Ordinal);
    private readonly TemplateMode _mode;

    /// <summary>
    /// Compiles every template. In <see cref="TemplateMode.Production"/> a template that is not approved is refused
    /// here, before any notice is rendered.
    /// </summary>
    internal NoticeRenderer(TemplateSet templates, TemplateMode mode = TemplateMode.Production)
        : this(templates, mode, markBoundText: false)
    {
    }

    /// <summary>
    /// <paramref name="markBoundText"/> wraps every value a binding writes in <see cref="BoundTextStart"/> and
    /// <see cref="BoundTextEnd"/>, so the template checker can tell the templates' own sentences from text that came
    /// from the event or the register.
    /// </summary>
    internal NoticeRenderer(TemplateSet templates, TemplateMode mode, bool markBoundText)
    {
        if (mode == TemplateMode.Production)
        {
            TemplateApprovalVerifier.Verify(templates);
        }

        _mode = mode;
        foreach (var template in templates.All)
        {
            var (render, pageLine) = Compile(template, markBoundText);
            _compiled[(template.Language, template.Channel)] = (template, render);
            if (pageLine is not null && template.Channel == TemplateChannel.Html)
            {
                _pageLines[template.Language] = pageLine;
            }
        }
    }

    internal IReadOnlySet<string> Languages => _compiled.Keys.Select(k => k.Language).ToHashSet();

    /// <summary>Renders every document of a notice; HTML wears <paramref name="theme"/> (by default the Rijkshuisstijl tokens).</summary>
    internal RenderedNotice Render(NoticeExplanation explanation, NoticeTheme? theme = null) =>
        Render(explanation, ExplanationDocument.Serialize(explanation), theme ?? NoticeTheme.Rijkshuisstijl);

    /// <summary>
    /// Renders from <paramref name="explanationJson"/>, the bytes of <c>explanation.json</c> the caller writes anyway,
    /// so an issued notice serializes its explanation once, and the template model is built once for all documents.
    /// </summary>
    /// <remarks>
    /// With <paramref name="pdfWindow"/> each language also gets <c>notice.{lang}.pdf</c>, laid out from that language's
    /// rendered HTML, keeping the envelope's address window empty.
    /// </remarks>
    internal RenderedNotice Render(NoticeExplanation explanation, ReadOnlyMemory<byte> explanationJson, NoticeTheme theme, AddressWindow? pdfWindow = null)
    {
        var documents = new List<RenderedDocument>();
        var references = new List<TemplateReference>();
        var pdf = new List<RenderedDocument>(1);
        var flags = new List<ManifestFlag>();
        Dictionary<string, object?> model;
        using (var json = JsonDocument.Parse(explanationJson))
        {
            model = TemplateModel.FromJson(json.RootElement);
        }

        foreach (var language in explanation.Languages)
        {
            foreach (var channel in Enum.GetValues<TemplateChannel>())
            {
                var (template, text) = RenderOne(model, explanation.NoticeId, language, channel, theme);
                var extension = channel == TemplateChannel.Html ? "html" : "txt";
                var contentType = channel == TemplateChannel.Html ? HtmlContentType : TextContentType;
                documents.Add(new RenderedDocument(language, extension, contentType, Encoding.UTF8.GetBytes(text)));
                references.Add(template.Reference);
                if (channel == TemplateChannel.Html && pdfWindow is not null)
                {
                    var laid = LayPdf(text, explanation, language, pdfWindow);
                    pdf.Add(new RenderedDocument(language, "pdf", PdfContentType, NoticePdfWriter.Write(laid)));
                    if (laid.MissingCharacters.Count > 0)
                    {
                        flags.Add(PdfCharacterMissing(StoreLayout.NoticeDocumentName(language, "pdf"), laid.MissingCharacters));
                    }
                }
            }

            documents.AddRange(pdf);
            pdf.Clear();
        }

        return new RenderedNotice(documents, references) { Flags = flags };
    }

    /// <summary>
    /// A character of the notice (event or register text, most likely) that Noto Sans has no glyph for: the PDF shows the replacement mark in its place, and says which character it
    /// stands for to screen readers and copied text; the HTML and the text show it.
    /// </summary>
    private static ManifestFlag PdfCharacterMissing(string document, IReadOnlyList<int> characters) => new(
        FlagCodes.PdfCharacterMissing,
        FlagSeverity.Warning,
        $"{document} shows the replacement mark \uFFFD for {characters.Count} character(s) its font (Noto Sans) cannot draw: "
        + string.Join(", ", characters.Select(c => $"U+{c:X4}"))
        + ". Screen readers and copied text get the characters themselves; the HTML and text notices show them. Check the printed notice still reads right.");

    /// <summary>The PDF of one language, laid out from its approved HTML; the page line is the HTML template's partial.</summary>
    internal byte[] RenderPdf(string html, NoticeExplanation explanation, string language, AddressWindow window) =>
        NoticePdfWriter.Write(LayPdf(html, explanation, language, window));

    /// <summary>The pages of the PDF of one language, laid out but not drawn: the review report pictures them.</summary>
    internal LaidOutNotice LayPdf(string html, NoticeExplanation explanation, string language, AddressWindow window)
    {
        if (!_pageLines.TryGetValue(language, out var pageLine))
        {
            throw new TemplateException($"The html template for '{language}' has no {PageLinePartial}.hbs partial, which words the PDF's page line (page x of y, the decision number).");
        }

        var decision = explanation.Decision.Id;
        return NoticePdfWriter.Lay(
            html,
            new PdfNoticeFacts(
                explanation.NoticeId,
                language,
                explanation.About.GeneratedAt,
                window,
                (page, pages) => Tidy(pageLine(new Dictionary<string, object?> { ["decision"] = decision, ["page"] = page, ["pages"] = pages })).Trim()));
    }

    /// <summary>One document of a notice, tidied, with the template that wrote it.</summary>
    internal (NoticeTemplate Template, string Text) RenderOne(JsonElement explanation, string noticeId, string language, TemplateChannel channel, NoticeTheme? theme = null) =>
        RenderOne(TemplateModel.FromJson(explanation), noticeId, language, channel, theme ?? NoticeTheme.Rijkshuisstijl);

    /// <summary>The compiled template for one language and channel: the benchmarks' floor renders with exactly these.</summary>
    internal HandlebarsTemplate<object, object> CompiledTemplate(string language, TemplateChannel channel) => Find(language, channel).Render;

    /// <summary>
    /// What one template binds to: the explanation's fields plus the template's own id, version and status, and the
    /// theme for <c>{{house-style theme}}</c>. The explanation's values are shared, not copied, between the documents
    /// of a notice: templates only read them.
    /// </summary>
    internal Dictionary<string, object?> ModelFor(IReadOnlyDictionary<string, object?> explanation, string language, TemplateChannel channel, NoticeTheme? theme = null)
    {
        var template = Find(language, channel).Template;
        return new Dictionary<string, object?>(explanation, StringComparer.Ordinal)
        {
            ["template"] = new Dictionary<string, object?>
            {
                ["id"] = template.Id,
                ["version"] = template.Version,
                ["language"] = language,
                ["status"] = EnumWireNames.NameOf(template.Status),
                ["draft"] = template.Status != TemplateStatus.Approved,
            },
            [ThemeKey] = theme ?? NoticeTheme.Rijkshuisstijl,
        };
    }

    private (NoticeTemplate Template, string Text) RenderOne(Dictionary<string, object?> explanation, string noticeId, string language, TemplateChannel channel, NoticeTheme theme)
    {
        var compiled = Find(language, channel);
        var template = compiled.Template;
        var draft = template.Status != TemplateStatus.Approved;
        var model = ModelFor(explanation, language, channel, theme);

        string text;
        try
        {
            text = Tidy(compiled.Render(model));
        }
        catch (Exception exception) when (exception is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException)
        {
            throw new TemplateException($"Template '{template.Id}' failed on notice {noticeId}: {exception.Message}", exception);
        }

        if (draft)
        {
            RequireDraftBanner(template, text);
        }

        return (template, text);
    }

    private (NoticeTemplate Template, HandlebarsTemplate<object, object> Render) Find(string language, TemplateChannel channel) =>
        _compiled.TryGetValue((language, channel), out var compiled)
            ? compiled
            : throw new TemplateException($"There is no {channel.ToString().ToLowerInvariant()} template for language '{language}'.");

    /// <summary>
    /// A draft must never pass for an approved notice: its render must show the banner the template's
    /// <c>draft-banner</c> partial words, whatever an author did to the rest of the template.
    /// </summary>
    private void RequireDraftBanner(NoticeTemplate template, string text)
    {
        var banner = template.Partials.TryGetValue(DraftBannerPartial, out var partial) ? Comments().Replace(partial, string.Empty).Trim() : null;
        if (string.IsNullOrEmpty(banner))
        {
            throw new TemplateException($"Template '{template.Id}' is a draft ({_mode} mode) but has no {DraftBannerPartial}.hbs partial with the banner text, so its renders could pass for approved notices.");
        }

        if (!text.Contains(banner, StringComparison.Ordinal))
        {
            throw new TemplateException($"Template '{template.Id}' is a draft but its render does not show the draft banner '{banner}'. Keep {{{{#if template.draft}}}}…{{{{> {DraftBannerPartial}}}}}…{{{{/if}}}} at the top of the notice.");
        }
    }

    private static (HandlebarsTemplate<object, object> Render, HandlebarsTemplate<object, object>? PageLine) Compile(NoticeTemplate template, bool markBoundText)
    {
        // Plain text is not HTML: escaping there would print "&amp;" in a letter.
        ITextEncoder? encoder = template.Channel == TemplateChannel.Html ? new StrictHtmlEncoder() : null;
        var configuration = new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            TextEncoder = markBoundText ? new BoundTextMarker(encoder) : encoder,
        };
        var handlebars = Handlebars.Create(configuration);
        var culture = CultureInfo.GetCultureInfo(template.Language);
        RegisterHelpers(handlebars, culture, template.Language);
        try
        {
            foreach (var (name, source) in template.Partials)
            {
                handlebars.RegisterTemplate(name, source);
            }

            var pageLine = template.Partials.ContainsKey(PageLinePartial) ? handlebars.Compile($"{{{{> {PageLinePartial}}}}}") : null;
            return (handlebars.Compile(template.Source), pageLine);
        }
        catch (HandlebarsException exception)
        {
            throw new TemplateException($"Template '{template.Id}' does not compile: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// The only helpers templates get: a comparison to choose a phrase, dates and figures in the reader's language,
    /// the agency's text in the template's language, and the house style. Anything cleverer belongs in the
    /// explanation, not in a template.
    /// </summary>
    private static void RegisterHelpers(IHandlebars handlebars, CultureInfo culture, string language)
    {
        // {{house-style theme}} in a <style> element: the theme's tokens, then the NL Design System component CSS. The
        // only unescaped output a template gets, and only for a NoticeTheme, which the sanitizer built: nothing from an
        // event or the register can be one, since the model holds only what JSON holds.
        handlebars.RegisterHelper("house-style", (output, context, arguments) =>
        {
            if (arguments.Length != 1 || arguments[0] is not NoticeTheme theme)
            {
                throw new HandlebarsException("{{house-style}} needs one argument: the notice's theme ({{house-style theme}}).");
            }

            output.WriteSafeString(theme.Tokens);
            output.WriteSafeString(ComponentStylesheet.Css);
        });

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

        // A figure in the reader's notation: "0,45" in Dutch, never a bare "0.45" in a Dutch sentence.
        handlebars.RegisterHelper("number", (context, arguments) => arguments.Length == 1 && arguments[0] is IFormattable figure and (long or double or decimal)
            ? figure.ToString("0.##########", culture)
            : throw new HandlebarsException("{{number}} needs one argument: a number."));

        // {{#translation texts}}…{{this}}…{{else}}…{{/translation}}: the text for the template's language, if given.
        handlebars.RegisterHelper("translation", (output, options, context, arguments) =>
        {
            if (arguments.Length != 1)
            {
                throw new HandlebarsException("{{#translation}} needs one argument: texts by language, or null.");
            }

            if (arguments[0] is IDictionary<string, object?> texts && texts.TryGetValue(language, out var text) && text is string)
            {
                options.Template(output, text);
            }
            else
            {
                options.Inverse(output, context);
            }
        });
    }

    /// <summary>Template whitespace is for template authors: readers get no trailing blanks and at most one empty line.</summary>
    /// <remarks>One pass over the render, since it runs for every document of every notice.</remarks>
    private static string Tidy(string text)
    {
        var normalized = text.ReplaceLineEndings("\n").AsSpan();
        var tidy = new StringBuilder(normalized.Length);
        var blankBefore = false;
        foreach (var range in normalized.Split('\n'))
        {
            var line = normalized[range].TrimEnd();
            if (line.IsEmpty)
            {
                // Blank lines before the first text go, and any run of them between two lines becomes one.
                blankBefore = tidy.Length > 0;
                continue;
            }

            if (tidy.Length > 0)
            {
                tidy.Append(blankBefore ? "\n\n" : "\n");
            }

            tidy.Append(line);
            blankBefore = false;
        }

        return tidy.Append('\n').ToString();
    }

    [GeneratedRegex(@"\{\{!--.*?--\}\}|\{\{![^}]*\}\}", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
