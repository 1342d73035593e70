using Kenbaarheid.Functions;

// The Functions host starts this process, waits until GET / answers on FUNCTIONS_CUSTOMHANDLER_PORT, and then
// posts one request per invocation. Everything else is in HandlerApp, so the tests start the very same app.
await using var app = await HandlerApp.BuildAsync(args).ConfigureAwait(false);
await app.RunAsync().ConfigureAwait(false);
