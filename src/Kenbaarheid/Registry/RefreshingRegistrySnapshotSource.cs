using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kenbaarheid.Registry;

/// <summary>
/// A register source that follows the sync's <c>current.json</c>: at most every
/// <see cref="RefreshingRegistrySnapshotSourceOptions.RefreshInterval"/>, a call to <see cref="Current"/> starts a
/// background read of the pointer, and a newer snapshot replaces the served one once it is read whole and checked.
/// The event that started the read is served the snapshot it found, so no event waits for storage.
/// When the pointer, the snapshot or the register is unavailable, the last good snapshot stays in use and the log
/// says so: a missing register entry would change what a notice says, so a broken read must never empty the register.
/// </summary>
public sealed class RefreshingRegistrySnapshotSource : IRegistrySnapshotSource
{
    private readonly RegistrySnapshotReader _reader;
    private readonly RefreshingRegistrySnapshotSourceOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private RegistrySnapshot _current;
    private long _nextCheckTicks;
    private DateTimeOffset? _reportedFailure;
    private int _refreshing;

    private RefreshingRegistrySnapshotSource(
        RegistrySnapshotReader reader, RegistrySnapshot first, RefreshingRegistrySnapshotSourceOptions options, TimeProvider time, ILogger logger, bool checkAtOnce)
    {
        _reader = reader;
        _current = first;
        _options = options;
        _time = time;
        _logger = logger;
        _nextCheckTicks = checkAtOnce ? time.GetUtcNow().UtcTicks : (time.GetUtcNow() + options.RefreshInterval).UtcTicks;
    }

    /// <summary>
    /// Reads the current snapshot and returns a source serving it. Throws when there is none to read: without a
    /// first snapshot there is no last good one to fall back on.
    /// </summary>
    public static async Task<RefreshingRegistrySnapshotSource> CreateAsync(
        IRegistrySnapshotStore store,
        RefreshingRegistrySnapshotSourceOptions? options = null,
        TimeProvider? time = null,
        ILogger<RefreshingRegistrySnapshotSource>? logger = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= new RefreshingRegistrySnapshotSourceOptions();
        options.Validate();
        var reader = new RegistrySnapshotReader(store);
        var first = await reader.ReadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var log = (ILogger?)logger ?? NullLogger.Instance;
        log.SnapshotLoaded(first.Id ?? "(unnamed)", first.TakenAt, first.Count);
        return new RefreshingRegistrySnapshotSource(reader, first, options, time ?? TimeProvider.System, log, checkAtOnce: false);
    }

    /// <summary>
    /// A source that serves <paramref name="beforeFirstSync"/> (records from files, say) until the store's
    /// <c>current.json</c> names a snapshot that reads whole, and looks for one on first use. For a host that must start
    /// before any sync has completed, or while the store's snapshot is broken: the sync that would mend it runs in that
    /// very host.
    /// </summary>
    public static RefreshingRegistrySnapshotSource StartingWith(
        IRegistrySnapshotStore store,
        RegistrySnapshot beforeFirstSync,
        RefreshingRegistrySnapshotSourceOptions? options = null,
        TimeProvider? time = null,
        ILogger<RefreshingRegistrySnapshotSource>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(beforeFirstSync);
        options ??= new RefreshingRegistrySnapshotSourceOptions();
        options.Validate();
        return new RefreshingRegistrySnapshotSource(
            new RegistrySnapshotReader(store), beforeFirstSync, options, time ?? TimeProvider.System, (ILogger?)logger ?? NullLogger.Instance, checkAtOnce: true);
    }

    public RegistrySnapshot Current
    {
        get
        {
            var now = _time.GetUtcNow();
            if (now.UtcTicks >= Interlocked.Read(ref _nextCheckTicks) && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
            {
                Interlocked.Exchange(ref _nextCheckTicks, (now + _options.RefreshInterval).UtcTicks);
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await RefreshCoreAsync(CancellationToken.None).ConfigureAwait(false);
                    }
                    finally
                    {
                        Volatile.Write(ref _refreshing, 0);
                    }
                });
            }

            return Volatile.Read(ref _current);
        }
    }

    /// <summary>Looks for a newer snapshot now; true when one is now served. Never throws for a broken store: it logs and keeps the last good snapshot.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
    {
        while (Interlocked.CompareExchange(ref _refreshing, 1, 0) != 0)
        {
            await Task.Delay(10, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            Interlocked.Exchange(ref _nextCheckTicks, (_time.GetUtcNow() + _options.RefreshInterval).UtcTicks);
            return await RefreshCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    private async Task<bool> RefreshCoreAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        try
        {
            var status = await _reader.ReadSyncStatusAsync(cancellationToken).ConfigureAwait(false);
            if (status is { Succeeded: false } failed && failed.AttemptedAt != _reportedFailure && failed.AttemptedAt > (current.TakenAt ?? DateTimeOffset.MinValue))
            {
                _reportedFailure = failed.AttemptedAt;
                _logger.SyncFailedServingLastSnapshot(failed.AttemptedAt, failed.Error ?? "no reason given", current.Id, current.TakenAt);
            }

            var pointer = await _reader.ReadPointerAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException($"'{_reader.Location}/{RegistrySnapshotLayout.CurrentPointer}' does not exist: no register sync has completed there (yet).");
            if (pointer.SnapshotId != current.Id)
            {
                var next = await _reader.ReadSnapshotAsync(pointer.Folder, cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _current, next);
                _logger.SnapshotLoaded(next.Id ?? pointer.SnapshotId, next.TakenAt, next.Count);
                return true;
            }
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            _logger.KeepsLastSnapshot(current.Id, current.TakenAt, exception.Message);
        }

        var age = _time.GetUtcNow() - (current.TakenAt ?? DateTimeOffset.MaxValue);
        if (age > _options.StaleAfter)
        {
            _logger.SnapshotStale(current.Id, current.TakenAt, age);
        }

        return false;
    }
}
