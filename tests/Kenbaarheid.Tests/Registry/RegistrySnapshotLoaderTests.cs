using System.Text.Json.Nodes;
using Kenbaarheid.Registry;

namespace Kenbaarheid.Tests.Registry;

public sealed class RegistrySnapshotLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kenbaarheid-registry-").FullName;

    [Fact]
    public async Task LoadAsync_ReadsOneRecordPerFileInTheApiShape()
    {
        var snapshot = await RegistrySnapshotLoader.LoadAsync(Path.Combine(RepositoryPaths.Samples, "registry"));

        Assert.Equal(6, snapshot.Count);
        var record = snapshot.Find("63712924")!;
        Assert.Equal("Huurtoeslag berekenen", record.Name);
        Assert.Equal(PublicationCategory.Impactful, record.PublicationCategory);
        Assert.Equal(["Inkomen uit de Basisregistratie Inkomen", "Huishouden uit de Basisregistratie Personen", "Huur zoals opgegeven door de aanvrager"], record.SourceData!.Paragraphs);
        Assert.Equal("https://algoritmes.overheid.nl/nl/algoritme/63712924", record.PublicUrl);
        Assert.Equal(new DateOnly(2025, 9, 30), snapshot.TakenOn);
    }

    [Fact]
    public async Task LoadAsync_LeavesEmptyFieldsOfASparseEntryEmpty()
    {
        var record = (await RegistrySnapshotLoader.LoadAsync(Path.Combine(RepositoryPaths.Samples, "registry"))).Find("72429714")!;

        Assert.Null(record.Goal);
        Assert.Null(record.HumanIntervention);
        Assert.False(record.HasSourceData);
        Assert.False(record.HasLawfulBasis);
        Assert.False(record.HasImpactAssessment);
    }

    [Fact]
    public async Task LoadAsync_ReadsEveryRealLegacyRecordWithoutFailing()
    {
        var folder = Path.Combine(RepositoryPaths.Samples, "real-register");

        var snapshot = await RegistrySnapshotLoader.LoadAsync(folder);

        Assert.Equal(96, snapshot.Count);
        Assert.All(Directory.GetFiles(folder, "*.json"), file => Assert.NotNull(snapshot.Find(Path.GetFileNameWithoutExtension(file))));
    }

    [Fact]
    public async Task LoadAsync_ReadsTheSiteDataDumpKeepingTheNewestVersionOfEachEntry()
    {
        var older = Record("63712924", "Oude naam", "2024-01-01T00:00:00+00:00");
        var newer = Record("63712924", "Nieuwe naam", "2025-01-01T00:00:00+00:00");
        var dump = new JsonObject
        {
            ["algoritme_versions"] = new JsonArray(older, newer, Record("24171410", "Parkeren", "2023-01-01T00:00:00+00:00")),
            ["organisation_details"] = new JsonArray(new JsonObject { ["org_id"] = "gm9999", ["name"] = "Gemeente Noorderhaaks" }),
        };
        var file = Path.Combine(_folder, "site-data.json");
        await File.WriteAllTextAsync(file, dump.ToJsonString());

        var snapshot = await RegistrySnapshotLoader.LoadAsync(file);

        Assert.Equal(2, snapshot.Count);
        Assert.Equal("Nieuwe naam", snapshot.Find("63712924")!.Name);
        Assert.Equal("Gemeente Noorderhaaks", snapshot.OrganisationNames["gm9999"]);
    }

    [Fact]
    public async Task LoadAsync_IgnoresUnknownFieldsAndFieldsOfAnUnexpectedType()
    {
        var record = Record("63712924", "Naam", "2025-01-01T00:00:00+00:00");
        record["goal"] = 42;
        record["lawful_basis_grouping"] = "not a list";
        record["field_of_the_future"] = new JsonObject { ["x"] = 1 };
        await File.WriteAllTextAsync(Path.Combine(_folder, "63712924.json"), record.ToJsonString());

        var loaded = (await RegistrySnapshotLoader.LoadAsync(_folder)).Find("63712924")!;

        Assert.Null(loaded.Goal);
        Assert.Empty(loaded.LawfulBasisLinks);
    }

    [Fact]
    public async Task LoadAsync_GivesTheSameEntryTheSameHashInAFileAndInADump()
    {
        var record = Record("63712924", "Naam", "2025-01-01T00:00:00+00:00");
        await File.WriteAllTextAsync(Path.Combine(_folder, "one.json"), record.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        var dumpFile = Path.Combine(Directory.CreateTempSubdirectory().FullName, "dump.json");
        await File.WriteAllTextAsync(dumpFile, new JsonObject { ["algoritme_versions"] = new JsonArray(record.DeepClone()) }.ToJsonString());

        var fromFile = (await RegistrySnapshotLoader.LoadAsync(_folder)).Find("63712924")!;
        var fromDump = (await RegistrySnapshotLoader.LoadAsync(dumpFile)).Find("63712924")!;

        Assert.Equal(fromFile.EntrySha256, fromDump.EntrySha256);
    }

    [Fact]
    public async Task LoadAsync_NamesTheFileThatIsNotJson()
    {
        var file = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(file, "{ not json");

        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => RegistrySnapshotLoader.LoadAsync(_folder));

        Assert.Contains(file, exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static JsonObject Record(string lars, string name, string created) => new()
    {
        ["lars"] = lars,
        ["name"] = name,
        ["status"] = "In gebruik",
        ["create_dt"] = created,
    };
}
