using System.Text.Json;
using System.Text.RegularExpressions;
using Kenbaarheid.Events;
using Kenbaarheid.Rendering.Themes;

namespace Kenbaarheid.Agencies;

/// <summary>
/// Loads agency profiles (<c>{org_id}.json</c>) from a folder. A broken profile stops the start with a message
/// naming the file and the rule, because running with a half-read profile would send notices with wrong routes.
/// </summary>
public static partial class AgencyProfileLoader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
    };

    private static readonly string[] RequiredProperties =
        ["id", "name", "regime", "defaultLanguage", "languages", "contact", "objection", "explanationRequest", "supervisor"];

    public static async Task<AgencyDirectory> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The agency profile folder '{folder}' does not exist.");
        }

        var profiles = new List<AgencyProfile>();
        var themes = new Dictionary<string, NoticeTheme>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            AgencyProfile profile;
            try
            {
                await using var stream = File.OpenRead(file);
                using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);

                // The serializer would leave a missing property at its default (a missing regime would become the
                // weaker nl-baseline), so presence is checked by name first.
                var missing = RequiredProperties.Where(name => !document.RootElement.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null).ToList();
                if (missing.Count > 0)
                {
                    throw new InvalidDataException($"The agency profile '{file}' is invalid: required properties are missing: {string.Join(", ", missing)}.");
                }

                profile = document.RootElement.Deserialize<AgencyProfile>(Options)
                    ?? throw new InvalidDataException($"The agency profile '{file}' is empty.");
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"The agency profile '{file}' cannot be read: {exception.Message}", exception);
            }

            Check(profile, file);
            profiles.Add(profile);
            if (profile.Theme is { } theme)
            {
                themes[profile.Id] = await LoadThemeAsync(folder, file, theme, cancellationToken).ConfigureAwait(false);
            }
        }

        return new AgencyDirectory(profiles, themes);
    }

    /// <summary>
    /// The agency's tokens file, inside the profile folder. A theme that breaks a rule stops the start, like any broken
    /// profile: the message names the profile, the theme file, the line and the rule, for the profile's author.
    /// </summary>
    private static async Task<NoticeTheme> LoadThemeAsync(string folder, string file, string theme, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(folder, theme));
        if (!path.StartsWith(root, StringComparison.Ordinal) || !path.EndsWith(".css", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The agency profile '{file}' is invalid: theme '{theme}' must be a .css file in the profile folder or below it, such as \"themes/{Path.GetFileNameWithoutExtension(file)}.css\".");
        }

        try
        {
            return await NoticeTheme.LoadAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            throw new InvalidDataException($"The agency profile '{file}' is invalid: theme '{theme}': {exception.Message}", exception);
        }
    }

    private static void Check(AgencyProfile profile, string file)
    {
        void Require(bool rule, string message)
        {
            if (!rule)
            {
                throw new InvalidDataException($"The agency profile '{file}' is invalid: {message}");
            }
        }

        Require(OrgId.IsValid(profile.Id), $"id '{profile.Id}' is not an org_id such as gm0344 or zb000117.");
        Require(Path.GetFileNameWithoutExtension(file) == profile.Id, $"the file must be named after its id ('{profile.Id}.json').");
        Require(profile.Languages.Contains("nl"), "languages must include nl, the language of the decision.");
        Require(profile.Languages.Contains(profile.DefaultLanguage), $"defaultLanguage '{profile.DefaultLanguage}' must be one of its languages.");
        // Notices always offer a route that is not digital: many readers cannot or will not use a website.
        Require(profile.Contact.Phone is not null || profile.Contact.Post is not null, "contact needs a phone number or a postal address, so the notice offers a route that is not digital.");
        Require(profile.Objection.PeriodWeeks > 0, "objection.periodWeeks must be at least 1.");
        Require(profile.ExplanationRequest.ResponseDays > 0, "explanationRequest.responseDays must be at least 1.");
        if (profile.Formats is { } formats)
        {
            Require(formats.Contains(NoticeFormat.Html) && formats.Contains(NoticeFormat.Txt), "formats must include html and txt, which every notice has; add pdf for the PDF notice.");
        }

        if (profile.AddressWindow is { } window)
        {
            // The window must lie on an A4 sheet and leave room under it for the notice.
            Require(window is { Left: >= 0, Top: >= 0, Width: > 0, Height: > 0 } && window.Left + window.Width <= 210 && window.Top + window.Height <= 150,
                "addressWindow gives millimetres from the sheet's top left: left, top, width and height, inside an A4 sheet and ending at most 150 mm from the top.");
        }

        if (profile.InPersonHelp is { } help)
        {
            Require(help.Texts.Keys.All(language => Language().IsMatch(language)), "inPersonHelp may be given per language only by ISO 639-1 codes in lower case, e.g. {\"nl\": \"…\", \"en\": \"…\"}.");
            Require(help.Texts.ContainsKey(LocalizedText.PlainStringLanguage), "inPersonHelp needs a Dutch text (\"nl\"): every notice is also in Dutch.");
            Require(help.Texts.Values.All(text => !string.IsNullOrWhiteSpace(text)), "inPersonHelp has an empty text; leave a language out instead.");
        }
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex Language();
}
