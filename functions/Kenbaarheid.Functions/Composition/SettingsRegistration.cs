using Microsoft.Extensions.Options;

namespace Kenbaarheid.Functions.Composition;

/// <summary>How every settings type of the handler is registered: bound to its section, checked by its rules, checked at start.</summary>
internal static class SettingsRegistration
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="section"/> and checks it with <paramref name="problems"/>
    /// when the host starts, before the server listens: unusable settings stop the handler there.
    /// </summary>
    public static OptionsBuilder<TOptions> AddSettings<TOptions>(this IServiceCollection services, IConfigurationSection section, Func<TOptions, IEnumerable<string>> problems)
        where TOptions : class
    {
        services.AddSingleton<IValidateOptions<TOptions>>(new SettingsValidator<TOptions>(problems));
        return services.AddOptions<TOptions>().Bind(section).ValidateOnStart();
    }

    /// <summary>The problem an options type of the library reports by throwing, as a sentence naming its settings.</summary>
    public static IEnumerable<string> Thrown(Action validate, string settings)
    {
        try
        {
            validate();
            return [];
        }
        catch (ArgumentException exception)
        {
            return [$"{settings}: {exception.Message}"];
        }
    }
}
