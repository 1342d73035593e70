using System.Reflection;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Tooling.Compliance;

namespace Kenbaarheid.Tooling.Tests.Compliance;

/// <summary>
/// Every code the code base can put in a notice or a rejection has a name and a what-to-do in each report language: the
/// codes are read from the catalogues by reflection, so a new code fails here until both files explain it.
/// </summary>
public sealed class CodeCatalogueTests
{
    public static TheoryData<ReportLanguage> Languages => [ReportLanguage.Dutch, ReportLanguage.English];

    /// <summary>
    /// Flag codes, rejection codes of every stage (the event's gathered from its field descriptors), and the report's own
    /// marker for gaps the register shows.
    /// </summary>
    private static List<string> DefinedCodes { get; } =
        new[] { typeof(FlagCodes), typeof(PipelineErrorCodes) }
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.IsLiteral))
            .Select(field => (string)field.GetRawConstantValue()!)
            .Concat(EventErrorCodes.All)
            .Append(ComplianceReportBuilder.RegisterCheck)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryFlagAndRejectionCode_HasANameAndWhatToDo(ReportLanguage language)
    {
        var catalogue = CodeCatalogue.For(language);

        Assert.True(DefinedCodes.Count > 250, $"Only {DefinedCodes.Count} codes found; the reflection lost a catalogue.");
        var missing = DefinedCodes.Where(code => catalogue.Explain(code) is null).ToList();
        Assert.True(missing.Count == 0, $"No {language} explanation for: {string.Join(", ", missing)}. Add them to src/Kenbaarheid/Reporting/Codes-{(language == ReportLanguage.Dutch ? "nl" : "en")}.json.");
        Assert.All(DefinedCodes, code =>
        {
            var explanation = catalogue.Explain(code)!;
            Assert.False(string.IsNullOrWhiteSpace(explanation.Name), code);
            Assert.False(string.IsNullOrWhiteSpace(explanation.WhatToDo), code);
            Assert.DoesNotContain('\n', explanation.WhatToDo);
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Catalogue_ExplainsNoCodeTheCodeBaseDoesNotDefine(ReportLanguage language)
    {
        Assert.Empty(CodeCatalogue.For(language).Codes.Keys.Except(DefinedCodes, StringComparer.Ordinal));
    }

    [Fact]
    public void DutchCatalogue_IsDutchNotACopyOfTheEnglish()
    {
        var dutch = CodeCatalogue.For(ReportLanguage.Dutch);
        var english = CodeCatalogue.For(ReportLanguage.English);

        Assert.All(DefinedCodes, code => Assert.NotEqual(english.Explain(code)!.Name, dutch.Explain(code)!.Name));
        Assert.Equal("Kenmerk lijkt op een BSN", dutch.Explain(EventErrorCodes.RecipientRefIsBsn)!.Name);
        Assert.Equal("Registertekst onvolledig", dutch.Explain(FlagCodes.RegisterEntryIncomplete)!.Name);
    }

    [Fact]
    public void Explain_GivesNullForACodeThisVersionDoesNotKnow()
    {
        Assert.Null(CodeCatalogue.For(ReportLanguage.Dutch).Explain("SOME_FUTURE_CODE"));
    }
}
