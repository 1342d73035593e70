namespace Kenbaarheid.Infra.Tests.Bicep;

/// <summary>Compiles infra/main.bicep once for all tests that read the compiled template.</summary>
public sealed class MainTemplateFixture : IAsyncLifetime
{
    private BicepResult? _build;
    private CompiledTemplate? _template;

    /// <summary>The result of <c>bicep build infra/main.bicep</c>.</summary>
    public BicepResult Build => _build ?? throw new InvalidOperationException("The fixture has not been initialized.");

    /// <summary>The compiled template; fails with bicep's diagnostics if the build failed.</summary>
    public CompiledTemplate Template =>
        _template ?? throw new InvalidOperationException($"main.bicep did not compile. {Build.Describe()}");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _build = await BicepCli.BuildAsync(Repository.RepositoryLayout.MainTemplate, CancellationToken.None);
        if (_build.ExitCode == 0)
        {
            _template = CompiledTemplate.Parse(_build.StandardOutput);
        }
    }

    /// <inheritdoc />
    public Task DisposeAsync() => Task.CompletedTask;
}
