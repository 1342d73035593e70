using System.Text.Json;
using Kenbaarheid.Registry;

namespace Kenbaarheid.Tests.Registry;

public sealed class RegistrySnapshotWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kenbaarheid-snapshot-writer-").FullName;

    [Fact]
    public async Task Write_KeepsOnlyRecordsWhoseLarsAnEventCouldName()
    {
        // 63712924 is valid; 63712925 has a wrong check digit; 03712924 has a zero among the first seven digits.
        var records = new[] { "63712924", "63712925", "03712924", "6371292" }
            .Select(lars => JsonSerializer.SerializeToElement(new { lars, name = "Toeslagberekening" }))
            .ToList();

        var manifest = await new RegistrySnapshotWriter(new FolderRegistrySnapshotStore(_folder))
            .WriteAsync(records, [], new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero), new Uri("https://algoritmes.example/"), "NLD", CancellationToken.None);

        Assert.Equal(["63712924"], manifest.Entries.Select(entry => entry.Lars));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
