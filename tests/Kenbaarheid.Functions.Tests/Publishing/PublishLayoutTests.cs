using System.Diagnostics;
using System.Text.Json.Nodes;
using Kenbaarheid.Azure.Tests.Azurite;
using Kenbaarheid.Functions.Endpoints;
using Kenbaarheid.Functions.Tests.Hosting;

namespace Kenbaarheid.Functions.Tests.Publishing;

/// <summary>
/// Runs <c>functions/publish.sh</c> and checks the package the host would get. The test publishes
/// framework-dependent from the build it already has (seconds); a deployment adds <c>-r linux-x64
/// --self-contained</c>, which only changes which runtime files sit beside the handler, not the layout.
/// </summary>
[Collection(HandlerGroup.Name)]
public sealed class PublishLayoutTests(HandlerServer server) : IAsyncLifetime
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"kenbaarheid-publish-{Guid.NewGuid():N}");
    private readonly string _root = AzuriteInstall.RepositoryRoot();

    public async Task InitializeAsync()
    {
        // bin/{Configuration}/net10.0/: publish the configuration these tests were built in, without building again.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(_root, "functions", "publish.sh"), "--framework-dependent", "--no-build", "--no-zip", "--configuration", configuration, _out })
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var error = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        Assert.True(publish.ExitCode == 0, $"publish.sh failed ({publish.ExitCode}): {await error}{await output}");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_out, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public void Package_HasHostJsonAtTheRootAndTheHandlerItNames()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(_out, "host.json")))!;
        var executable = host["customHandler"]!["description"]!["defaultExecutablePath"]!.GetValue<string>();

        Assert.True(File.Exists(Path.Combine(_out, executable)), $"The handler '{executable}' named by host.json is not in the package.");
        // YARP proxying, not the legacy forwarding that rebuilds each request.
        Assert.True(host["customHandler"]!["enableProxyingHttpRequest"]!.GetValue<bool>());
        Assert.Null(host["customHandler"]!["enableForwardingHttpRequest"]);
        Assert.True(Directory.Exists(Path.Combine(_out, "templates")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_out, "config", "agencies"), "*.json"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_out, "config", "registry"), "*.json"));
    }

    [Theory]
    [InlineData("GetNotice")]
    [InlineData("PreviewNotice")]
    public void HttpFunctions_LeaveAuthenticationToEntraIdNotToFunctionKeys(string function)
    {
        // App Service authentication and the handler check the caller's Entra ID token; a function key shared by
        // every agency would add nothing but a secret to hand out.
        var definition = JsonNode.Parse(File.ReadAllText(Path.Combine(_out, function, "function.json")))!;

        Assert.Equal("anonymous", definition["bindings"]![0]!["authLevel"]!.GetValue<string>());
    }

    [Fact]
    public void Package_HasOneFolderPerFunctionWithItsFunctionJson()
    {
        var source = FunctionFolders(Path.Combine(_root, "functions"));
        var packaged = FunctionFolders(_out);

        Assert.Equal(source.Keys.Order(StringComparer.Ordinal), packaged.Keys.Order(StringComparer.Ordinal));
        Assert.All(source, pair => Assert.Equal(File.ReadAllText(pair.Value), File.ReadAllText(packaged[pair.Key])));
        Assert.Equal(HandlerEndpoints.FunctionRoutes.Keys.Order(StringComparer.Ordinal), packaged.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Package_EveryFunctionNamesARouteAndMethodTheHandlerServes()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(_out, "host.json")))!;
        var prefix = host["extensions"]?["http"]?["routePrefix"]?.GetValue<string>() ?? "api";
        var served = server.Endpoints;

        foreach (var (name, file) in FunctionFolders(_out))
        {
            var bindings = JsonNode.Parse(File.ReadAllText(file))!["bindings"]!.AsArray();
            var trigger = bindings.Single(binding => binding!["direction"]!.GetValue<string>() == "in" && binding["type"]!.GetValue<string>().EndsWith("Trigger", StringComparison.Ordinal))!;
            // HTTP functions are forwarded at /{routePrefix}/{route} with their own method; every other trigger is
            // posted to /{FunctionName}.
            var (route, methods) = trigger["type"]!.GetValue<string>() == "httpTrigger"
                ? ($"/{prefix}/{trigger["route"]!.GetValue<string>()}", trigger["methods"]!.AsArray().Select(m => m!.GetValue<string>().ToUpperInvariant()).ToList())
                : ($"/{name}", ["POST"]);

            Assert.All(methods, method => Assert.True(
                served.Contains((route, method)),
                $"{name}: the handler does not serve {method} {route}; it serves {string.Join(", ", served.Select(s => $"{s.Method} {s.Route}"))}."));
        }
    }

    private static Dictionary<string, string> FunctionFolders(string root) =>
        Directory.EnumerateDirectories(root)
            .Where(folder => File.Exists(Path.Combine(folder, "function.json")))
            .ToDictionary(folder => Path.GetFileName(folder), folder => Path.Combine(folder, "function.json"), StringComparer.Ordinal);
}
