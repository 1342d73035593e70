using Microsoft.Extensions.Options;

namespace Kenbaarheid.Functions.Composition;

/// <summary>
/// Checks one settings type by its own rules, which answer with sentences naming each unusable setting: the options
/// system collects them for every type at start, so one refusal names every setting to fix.
/// </summary>
internal sealed class SettingsValidator<TOptions>(Func<TOptions, IEnumerable<string>> problems) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var found = problems(options).ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
