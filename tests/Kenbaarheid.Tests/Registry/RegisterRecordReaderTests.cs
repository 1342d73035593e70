using System.Text.Json;
using Kenbaarheid.Events;
using Kenbaarheid.Registry;

namespace Kenbaarheid.Tests.Registry;

/// <summary>The register's Dutch values are mapped once, where a record is read; its words are kept for the notice.</summary>
public sealed class RegisterRecordReaderTests
{
    [Theory]
    [InlineData("In gebruik", RegisterStatus.InUse)]
    [InlineData("In ontwikkeling", RegisterStatus.InDevelopment)]
    [InlineData("Buiten gebruik", RegisterStatus.OutOfUse)]
    [InlineData("in gebruik", null)]
    [InlineData("Gepland", null)]
    public void Read_MapsTheStatusAndKeepsItsWords(string status, RegisterStatus? expected)
    {
        var record = Read(new { lars = "63712924", name = "Toeslag", status });

        Assert.Equal(expected, record.Status);
        Assert.Equal(status, record.StatusText);
    }

    [Theory]
    [InlineData("Hoog-risico AI-systeem", PublicationCategory.HighRiskAi)]
    [InlineData("Impactvolle algoritmes", PublicationCategory.Impactful)]
    [InlineData("Overige algoritmes", PublicationCategory.Other)]
    [InlineData("Overig", null)]
    public void Read_MapsThePublicationCategoryAndKeepsItsWords(string category, PublicationCategory? expected)
    {
        var record = Read(new { lars = "63712924", name = "Toeslag", publication_category = category });

        Assert.Equal(expected, record.PublicationCategory);
        Assert.Equal(category, record.PublicationCategoryText);
    }

    [Fact]
    public void Read_LeavesOutWhatTheRegisterDoesNotSay()
    {
        var record = Read(new { lars = "63712924", name = "Toeslag" });

        Assert.Equal((null, null, null, null, null), (record.Status, record.StatusText, record.PublicationCategory, record.PublicationCategoryText, record.OrgId));
    }

    [Theory]
    [InlineData("gm0344", true)]
    [InlineData("GM0344", false)]
    [InlineData("Gemeente Nergenshuizen", false)]
    public void Read_TakesAnOrgIdOnlyOfAnOrgIdsShape(string orgId, bool taken)
    {
        var record = Read(new { lars = "63712924", name = "Toeslag", org_id = orgId });

        Assert.Equal(taken ? OrgId.Parse(orgId) : null, record.OrgId);
    }

    private static RegisterRecord Read(object record) => RegisterRecordReader.Read(JsonSerializer.SerializeToElement(record))!;
}
