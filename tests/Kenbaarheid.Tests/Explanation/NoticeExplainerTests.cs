using System.Text.Json.Nodes;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Tests.Events;
using Kenbaarheid.Tests.Pipeline;

namespace Kenbaarheid.Tests.Explanation;

public sealed class NoticeExplainerTests
{
    [Fact]
    public void Explain_ChoosesDutchAndTheRecipientsLanguageWhenTheAgencyOffersIt()
    {
        var explanation = Explain(SampleEvents.Tree(SampleEvents.Automated)).Explanation!;

        Assert.Equal(["nl", "en"], explanation.Languages);
    }

    [Fact]
    public void Explain_FallsBackToTheAgencyDefaultForALanguageItDoesNotOfferAndSaysSo()
    {
        var result = Explain(SampleEvents.Tree(SampleEvents.Automated).With("/data/recipient/language", "fy"));

        Assert.Equal(["nl"], result.Explanation!.Languages);
        Assert.Contains(result.Explanation.Flags, f => f.Code == FlagCodes.RecipientLanguageNotOffered && f.Severity == FlagSeverity.Info);
    }

    [Fact]
    public void Explain_StatesTheRiskClassificationWithTheModelThatMadeIt()
    {
        var explanation = Explain(SampleEvents.Tree(SampleEvents.RiskSupported)).Explanation!;

        var risk = explanation.Risk!;
        Assert.Equal("61941276", risk.ProducedBy);
        Assert.Equal("Aanvragen toeslagen beoordelen op risico", risk.ProducedByName);
        Assert.False(risk.AffectedOutcome);
        Assert.True(risk.Profiling);
        Assert.True(explanation.Algorithms.Single(a => a.Lars == "61941276").ClassifiedPerson);
        Assert.False(explanation.Algorithms.Single(a => a.Lars == "63712924").ClassifiedPerson);
    }

    [Fact]
    public void Explain_HasNoRiskStatementWhenTheClassificationWasNotApplied()
    {
        var tree = SampleEvents.Tree(SampleEvents.RiskSupported).With("/data/riskClassification/applied", false);

        var explanation = Explain(tree).Explanation!;

        Assert.Null(explanation.Risk);
        Assert.DoesNotContain(explanation.Flags, f => f.Code == FlagCodes.RiskClassificationApplied);
    }

    [Fact]
    public void Explain_ListsTheRegisterGapsOfASparseEntryWithoutFillingThem()
    {
        var algorithm = Explain(SampleEvents.Tree(SampleEvents.Prepared)).Explanation!.Algorithms.Single();

        var register = algorithm.Register!;
        Assert.Equal([RegisterField.Goal, RegisterField.HumanIntervention, RegisterField.SourceData, RegisterField.LawfulBasis], register.Gaps);
        Assert.Null(register.Goal);
        Assert.Null(register.HumanIntervention);
    }

    [Fact]
    public void Explain_DoesNotCountTheRegistersLawfulBasisAsAGapWhenTheEventGivesOne()
    {
        var algorithm = Explain(SampleEvents.Tree(SampleEvents.Parking)).Explanation!.Algorithms.Single();

        Assert.Empty(algorithm.Register!.Gaps);
    }

    [Fact]
    public void Explain_FlagsAnAutomatedDecisionWhereTheLawLeavesRoomToWeigh()
    {
        var tree = SampleEvents.Tree(SampleEvents.Automated).With("/data/decision/discretion", "discretionary");

        var flags = Explain(tree).Explanation!.Flags;

        Assert.Contains(flags, f => f.Code == FlagCodes.AutomatedDecisionWithDiscretion && f.Severity == FlagSeverity.Review);
    }

    [Fact]
    public void Explain_FlagsSpecialCategoryDataAtItsField()
    {
        var tree = SampleEvents.Tree(SampleEvents.Woz).With("/data/data/0/special", true);

        var flags = Explain(tree).Explanation!.Flags;

        Assert.Contains(flags, f => f.Code == FlagCodes.SpecialCategoryData && f.Path == "/data/data/0/special");
    }

    [Theory]
    [InlineData("Nationaliteit", true)]
    [InlineData("Geboorteland van de ouders", true)]
    [InlineData("Postcode", true)]
    [InlineData("Inkomen 2025", false)]
    public void Explain_MarksDataThatCanStandInForOrigin(string category, bool proxy)
    {
        var tree = SampleEvents.Tree(SampleEvents.Automated).With("/data/data/0/category", category);

        var data = Explain(tree).Explanation!.Data[0];

        Assert.Equal(proxy, data.Proxy);
    }

    [Fact]
    public void Explain_FlagsAHighRiskSystemWithoutAnImpactAssessment()
    {
        var registry = new Kenbaarheid.Registry.RegistrySnapshot(
            [PipelineHarness.Registry.Find("61941276")! with { ImpactAssessments = [], ImpactAssessmentText = null }, PipelineHarness.Registry.Find("63712924")!]);

        var flags = Explain(SampleEvents.Tree(SampleEvents.RiskSupported), registry).Explanation!.Flags;

        Assert.Contains(flags, f => f.Code == FlagCodes.HighRiskWithoutImpactAssessment && f.Path == "/data/algorithms/0/lars");
    }

    [Fact]
    public void Explain_LabelsTextGenerationAsAiGeneratedEvenWithoutTheEventsFlag()
    {
        var tree = SampleEvents.Tree(SampleEvents.GeneratedText).With("/data/generatedText", false).With("/data/algorithms/0/role", "text-generation");

        var explanation = Explain(tree).Explanation!;

        Assert.True(explanation.GeneratedText);
        Assert.Contains(explanation.Flags, f => f.Code == FlagCodes.AiGeneratedText);
    }

    [Fact]
    public void NoticeIdFor_DependsOnlyOnAgencyDecisionAndRevision()
    {
        Assert.Equal(NoticeExplainer.NoticeIdFor("gm9999", "D-1", 1), NoticeExplainer.NoticeIdFor("gm9999", "D-1", 1));
        Assert.NotEqual(NoticeExplainer.NoticeIdFor("gm9999", "D-1", 1), NoticeExplainer.NoticeIdFor("gm9999", "D-1", 2));
        Assert.Matches("^kb-[0-9a-f]{20}$", NoticeExplainer.NoticeIdFor("gm9999", "D-1", 1));
    }

    private static ExplanationResult Explain(JsonObject tree, Kenbaarheid.Registry.RegistrySnapshot? registry = null)
    {
        var validation = new EventValidator(PipelineHarness.Agencies).Validate(tree.ToBytes());
        var decisionEvent = validation.Event ?? throw new InvalidOperationException(string.Join("; ", validation.Problems));
        PipelineHarness.Agencies.TryGet(decisionEvent.AgencyId, out var agency);
        return new NoticeExplainer(registry ?? PipelineHarness.Registry).Explain(decisionEvent, agency!);
    }
}
