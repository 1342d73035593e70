using System.Text.Json.Nodes;
using Kenbaarheid.Agencies;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Registry;
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
        Assert.Equal(ClassificationDisclosure.Stated, risk.Disclosure);
        Assert.Equal(ClassificationKind.Sorted, risk.Kind);
        Assert.Equal([new ClassifierFacts("61941276", "Aanvragen toeslagen beoordelen op risico", AlgorithmRole.RiskAssessment)], risk.Algorithms);
        Assert.Equal("hoog risico op een onjuiste aanvraag", risk.Label);
        Assert.True(risk.Profiling);
        Assert.True(explanation.Algorithms.Single(a => a.Lars == "61941276").ClassifiedPerson);
        Assert.False(explanation.Algorithms.Single(a => a.Lars == "63712924").ClassifiedPerson);
    }

    [Fact]
    public void Explain_HasNoRiskStatementWhenTheEventSaysNoClassificationWasApplied()
    {
        // A discretionary decision, so that a person decided: in sample 02's bound decision the partial risk model,
        // no longer said to have only led to a check, would make it an automated decision based on profiling.
        var tree = SampleEvents.Tree(SampleEvents.RiskSupported)
            .With("/data/riskClassification/applied", false)
            .With("/data/decision/discretion", "discretionary");

        var explanation = Explain(tree).Explanation!;

        Assert.Null(explanation.Risk);
        Assert.DoesNotContain(explanation.Flags, f => f.Code is FlagCodes.RiskClassificationApplied or FlagCodes.ClassificationUndisclosed);
    }

    // Who decided (AUTOMATED_IN_SUBSTANCE)

    [Fact]
    public void Explain_FindsADecisiveCalculationOnABoundDecisionAutomatedInSubstance()
    {
        var explanation = Explain(SampleEvents.Tree(SampleEvents.RiskSupported)).Explanation!;

        Assert.Equal(DecidedBy.AlgorithmInSubstance, explanation.Human.DecidedBy);
        Assert.Equal([AutomationReason.DecisiveOnBoundDecision], explanation.Human.AutomatedBecause);
        Assert.True(explanation.Human.HumanIntervention);
        var flag = Assert.Single(explanation.Flags, f => f.Code == FlagCodes.AutomatedInSubstance);
        Assert.Equal((FlagSeverity.Review, "/data/algorithms/1/weight"), (flag.Severity, flag.Path));
        Assert.Contains("SCHUFA", flag.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/data/humanReview/performed", AutomationReason.NoReview)]
    [InlineData("/data/humanReview/canDeviate", AutomationReason.CannotDeviate)]
    public void Explain_FindsADecisionNoPersonCouldWeighAutomatedInSubstance(string field, AutomationReason reason)
    {
        var explanation = Explain(SampleEvents.Tree(SampleEvents.Woz).With(field, false)).Explanation!;

        Assert.Equal(DecidedBy.AlgorithmInSubstance, explanation.Human.DecidedBy);
        Assert.Equal([reason], explanation.Human.AutomatedBecause);
        Assert.Equal(field, Assert.Single(explanation.Flags, f => f.Code == FlagCodes.AutomatedInSubstance).Path);
        Assert.Contains(explanation.Flags, f => f.Code == FlagCodes.AutomatedDecisionWithDiscretion && f.Severity == FlagSeverity.Review);
    }

    [Fact]
    public void Explain_LetsAPersonDecideWhoCouldWeighADiscretionaryDecision()
    {
        var explanation = Explain(SampleEvents.Tree(SampleEvents.Woz)).Explanation!;

        Assert.Equal(DecidedBy.Person, explanation.Human.DecidedBy);
        Assert.Empty(explanation.Human.AutomatedBecause);
        Assert.False(explanation.Human.HumanIntervention);
        Assert.DoesNotContain(explanation.Flags, f => f.Code == FlagCodes.AutomatedInSubstance);
    }

    [Fact]
    public void Explain_OffersHumanInterventionForADecisionAutomatedInFormWithoutTheInSubstanceFlag()
    {
        var explanation = Explain(SampleEvents.Tree(SampleEvents.Automated)).Explanation!;

        Assert.Equal(DecidedBy.Algorithm, explanation.Human.DecidedBy);
        Assert.True(explanation.Human.HumanIntervention);
        Assert.DoesNotContain(explanation.Flags, f => f.Code == FlagCodes.AutomatedInSubstance);
    }

    [Fact]
    public void Explain_FlagsAnAutomatedDecisionWhereTheLawLeavesRoomToWeigh()
    {
        var tree = SampleEvents.Tree(SampleEvents.Automated).With("/data/decision/discretion", "discretionary");

        var flags = Explain(tree).Explanation!.Flags;

        Assert.Contains(flags, f => f.Code == FlagCodes.AutomatedDecisionWithDiscretion && f.Severity == FlagSeverity.Review);
    }

    // UAVG art. 40: profiling in an automated decision

    [Fact]
    public void Explain_ReviewsProfilingThatOnlyLedToAPersonsCheckBeforeADecisiveCalculation()
    {
        var flags = Explain(SampleEvents.Tree(SampleEvents.RiskSupported)).Explanation!.Flags;

        var flag = Assert.Single(flags, f => f.Code == FlagCodes.Profiling);
        Assert.Equal((FlagSeverity.Review, "/data/profiling"), (flag.Severity, flag.Path));
        Assert.Contains("does not rest on the profile (UAVG art. 40(1))", flag.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(flags, f => f.Code == FlagCodes.ProfilingInAutomatedDecision);
    }

    [Theory]
    [InlineData("/data/humanReview/performed", false)]
    [InlineData("/data/humanReview/canDeviate", false)]
    [InlineData("/data/algorithms/0/weight", "decisive")]
    public void Explain_BlocksProfilingInADecisionNoPersonWeighed(string field, object value)
    {
        var tree = SampleEvents.Tree(SampleEvents.RiskSupported).With(field, JsonValue.Create(value));

        var result = Explain(tree);

        Assert.Null(result.Explanation);
        Assert.Contains(result.Problems, p => p.Code == FlagCodes.ProfilingInAutomatedDecision && p.Path == "/data/algorithms/0/weight");
    }

    [Fact]
    public void Explain_BlocksProfilingInADecisionAutomatedInForm()
    {
        var result = Explain(SampleEvents.Tree(SampleEvents.Automated).With("/data/profiling", true));

        Assert.Contains(result.Problems, p => p.Code == FlagCodes.ProfilingInAutomatedDecision);
    }

    [Fact]
    public void Explain_FindsProfilingInARiskAssessmentTheEventDoesNotMarkAsProfiling()
    {
        var explanation = Explain(FixtureTree("14-ontheffing-outcome-claim-inconsistent"), fixtures: true).Explanation!;

        Assert.True(explanation.Risk!.Profiling);
        var flag = Assert.Single(explanation.Flags, f => f.Code == FlagCodes.Profiling);
        Assert.Equal((FlagSeverity.Review, "/data/algorithms"), (flag.Severity, flag.Path));
    }

    [Fact]
    public void Explain_BlocksAnAutomatedDecisionADecisiveRiskAssessmentDetermined()
    {
        var tree = FixtureTree("14-ontheffing-outcome-claim-inconsistent")
            .With("/data/involvement", "automated")
            .Without("/data/humanReview");

        var result = Explain(tree, fixtures: true);

        Assert.Null(result.Explanation);
        var problem = Assert.Single(result.Problems, p => p.Code == FlagCodes.ProfilingInAutomatedDecision);
        Assert.Equal("/data/algorithms/0/weight", problem.Path);
    }

    [Fact]
    public void Explain_BlocksAPartialProfilerThatShapedTheOutcomeOfADecisionAutomatedInSubstance()
    {
        // A classification that counted towards the outcome is more than a reason to check the case.
        var tree = SampleEvents.Tree(SampleEvents.RiskSupported).With("/data/algorithms/0/role", "classification");

        var result = Explain(tree);

        Assert.Contains(result.Problems, p => p.Code == FlagCodes.ProfilingInAutomatedDecision && p.Path == "/data/algorithms/0/weight");
    }

    [Fact]
    public void Explain_DoesNotTakeTheDecisiveCalculationForTheProfiler()
    {
        // Only the algorithm that profiled is weighed: an advisory selection, not the bound calculation after it.
        var tree = SampleEvents.Tree(SampleEvents.RiskSupported)
            .With("/data/algorithms/0/role", "selection")
            .With("/data/algorithms/0/weight", "advisory");

        var flags = Explain(tree).Explanation!.Flags;

        Assert.Contains(flags, f => f.Code == FlagCodes.Profiling && f.Severity == FlagSeverity.Review);
        Assert.DoesNotContain(flags, f => f.Code == FlagCodes.ProfilingInAutomatedDecision);
    }

    // Classification disclosed (CLASSIFICATION_UNDISCLOSED)

    [Fact]
    public void Explain_DisclosesARankingWithoutRiskClassificationInNeutralWordsAndFlagsIt()
    {
        var explanation = Explain(SampleEvents.Tree(SampleEvents.Parking)).Explanation!;

        var risk = explanation.Risk!;
        Assert.Equal((ClassificationDisclosure.Undisclosed, ClassificationKind.Ranked, OutcomeClaim.None), (risk.Disclosure, risk.Kind, risk.OutcomeClaim));
        Assert.Null(risk.Label);
        Assert.Equal(["24171410"], risk.Algorithms.Select(a => a.Lars));
        Assert.True(explanation.Algorithms[0].ClassifiedPerson);
        var flag = Assert.Single(explanation.Flags, f => f.Code == FlagCodes.ClassificationUndisclosed);
        Assert.Equal((FlagSeverity.Review, "/data/algorithms/0/role"), (flag.Severity, flag.Path));
    }

    [Fact]
    public void Explain_DisclosesASelectionAsSelected()
    {
        var risk = Explain(SampleEvents.Tree(SampleEvents.GeneratedText)).Explanation!.Risk!;

        Assert.Equal((ClassificationDisclosure.Undisclosed, ClassificationKind.Selected), (risk.Disclosure, risk.Kind));
    }

    [Fact]
    public void Explain_RejectsAnUndisclosedClassificationUnderFrStrict()
    {
        var result = Explain(SampleEvents.Tree(SampleEvents.Automated).With("/data/algorithms/0/role", "selection"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal((FlagCodes.ClassificationUndisclosed, "/data/algorithms/0/role"), (problem.Code, problem.Path));
    }

    // What the notice may say about the outcome (OUTCOME_CLAIM_INCONSISTENT)

    [Theory]
    [InlineData("risk-assessment", "partial", true, false, "discretionary", OutcomeClaim.ExtraCheck)]
    [InlineData("selection", "advisory", true, true, "discretionary", OutcomeClaim.ExtraCheck)]
    [InlineData("selection", "advisory", true, true, "bound", OutcomeClaim.ExtraCheckOnly)]
    [InlineData("selection", "partial", false, true, "discretionary", OutcomeClaim.Changed)]
    [InlineData("classification", "advisory", true, false, "bound", OutcomeClaim.NotChanged)]
    [InlineData("classification", "partial", true, false, "discretionary", OutcomeClaim.None)]
    [InlineData("classification", "decisive", true, true, "bound", OutcomeClaim.Changed)]
    public void Explain_ClaimsOnlyWhatTheFactsLicenseAboutTheOutcome(string role, string weight, bool reviewed, bool affected, string discretion, OutcomeClaim claim)
    {
        var tree = SampleEvents.Tree(SampleEvents.RiskSupported)
            .With("/data/algorithms/0/role", role)
            .With("/data/algorithms/0/weight", weight)
            .With("/data/humanReview/performed", reviewed)
            .With("/data/riskClassification/affectedOutcome", affected)
            .With("/data/decision/discretion", discretion)
            .With("/data/profiling", false);

        Assert.Equal(claim, Explain(tree).Explanation!.Risk!.OutcomeClaim);
    }

    [Fact]
    public void Explain_SaysOnlyThatACheckCameWhenAnAlgorithmDeterminedTheOutcome()
    {
        // Sample 02: the risk model led to a check, but a decisive calculation determined the bound decision, so the
        // decision does not rest on what the check found.
        var risk = Explain(SampleEvents.Tree(SampleEvents.RiskSupported)).Explanation!.Risk!;

        Assert.Equal(OutcomeClaim.ExtraCheckOnly, risk.OutcomeClaim);
    }

    [Fact]
    public void Explain_MakesNoClaimWhenADecisiveModelIsSaidNotToHaveAffectedTheOutcome()
    {
        var explanation = Explain(FixtureTree("14-ontheffing-outcome-claim-inconsistent"), fixtures: true).Explanation!;

        Assert.Equal(OutcomeClaim.None, explanation.Risk!.OutcomeClaim);
        var flag = Assert.Single(explanation.Flags, f => f.Code == FlagCodes.OutcomeClaimInconsistent);
        Assert.Equal((FlagSeverity.Warning, "/data/riskClassification/affectedOutcome"), (flag.Severity, flag.Path));
    }

    [Fact]
    public void Explain_RejectsAnInconsistentOutcomeClaimUnderFrStrict()
    {
        var tree = SampleEvents.Tree(SampleEvents.RiskSupported)
            .With("/data/algorithms/0/weight", "decisive")
            .With("/data/profiling", false);

        var result = Explain(tree);

        Assert.Contains(result.Problems, p => p.Code == FlagCodes.OutcomeClaimInconsistent);
    }

    // Remedies

    [Fact]
    public void Explain_CountsTheObjectionTermFromSendingToThirtyOneDecember2026()
    {
        var remedy = Explain(SampleEvents.Tree(SampleEvents.RiskSupported)).Explanation!.Rights.Remedy;

        Assert.Equal((RemedyKind.Objection, 6, TermStart.Sent), (remedy.Kind, remedy.TermWeeks!.Value, remedy.TermStartsOn));
        Assert.Equal(new DateOnly(2026, 11, 19), remedy.TermStartsAfter);
        Assert.Equal(new DateOnly(2026, 12, 31), remedy.LastDay);
    }

    [Fact]
    public void Explain_CountsAWozTermFromTheDateOnTheDecisionAndExtendsItPastTheWeekend()
    {
        var remedy = Explain(SampleEvents.Tree(SampleEvents.Woz)).Explanation!.Rights.Remedy;

        Assert.Equal(TermStart.Dated, remedy.TermStartsOn);
        Assert.Equal(new DateOnly(2027, 1, 4), remedy.LastDay);
    }

    [Theory]
    [InlineData("2026-11-13", "2026-12-28")] // ends on Christmas Day, a Friday: past the weekend to Monday
    [InlineData("2027-02-12", "2027-03-30")] // ends on Goede Vrijdag: past Easter Monday to Tuesday
    [InlineData("2027-03-26", "2027-05-10")] // ends on the Friday after Ascension, equated by royal decree
    [InlineData("2026-03-16", "2026-04-28")] // ends on Monday 27 April 2026, Koningsdag
    public void Explain_ExtendsATermThatEndsOnAHolidayUnderTheAlgemeneTermijnenwet(string sentOn, string lastDay)
    {
        var tree = SampleEvents.Tree(SampleEvents.RiskSupported)
            .With("/data/decision/date", sentOn)
            .With("/data/decision/sentOn", sentOn);

        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), Explain(tree).Explanation!.Rights.Remedy.LastDay);
    }

    [Fact]
    public void Explain_StatesTheTermInWordsWhenTheDayItWasSentIsNotKnown()
    {
        var explanation = Explain(SampleEvents.Tree(SampleEvents.Automated)).Explanation!;

        Assert.Null(explanation.Rights.Remedy.LastDay);
        Assert.Equal(6, explanation.Rights.Remedy.TermWeeks);
    }

    [Fact]
    public void Explain_NamesNoLastDayInAYearWithoutHolidayDataAndSaysSo()
    {
        var tree = SampleEvents.Tree(SampleEvents.RiskSupported).With("/data/decision/date", "2031-03-03").With("/data/decision/sentOn", "2031-03-03");

        var explanation = Explain(tree).Explanation!;

        Assert.Null(explanation.Rights.Remedy.LastDay);
        Assert.Contains(explanation.Flags, f => f.Code == FlagCodes.RemedyLastDayUnknown && f.Severity == FlagSeverity.Info);
    }

    [Fact]
    public void Explain_OffersNoRemedyAgainstADecisionWithoutLegalEffect()
    {
        var explanation = Explain(FixtureTree("11-schuldhulp-prepared-text-generated"), fixtures: true).Explanation!;

        Assert.Equal(RemedyKind.None, explanation.Rights.Remedy.Kind);
        Assert.Null(explanation.Rights.Remedy.TermWeeks);
        Assert.DoesNotContain(explanation.Flags, f => f.Code == FlagCodes.RemedyNoneWithLegalEffect);
    }

    [Fact]
    public void Explain_OffersAppealToTheCourtForADecisionOnAnObjection()
    {
        var remedy = Explain(FixtureTree("12-bijstand-beroep-generated-text"), fixtures: true).Explanation!.Rights.Remedy;

        Assert.Equal((RemedyKind.Appeal, "de rechtbank Noord-Nederland", "Postbus 150, 9700 AD Groningen"), (remedy.Kind, remedy.To, remedy.Post));
        Assert.Equal(new DateOnly(2027, 1, 6), remedy.LastDay);
        Assert.Null(remedy.Web);
    }

    [Fact]
    public void Explain_FlagsAWrittenObjectionRouteWithoutAPostalAddress()
    {
        var explanation = Explain(SampleEvents.Tree(SampleEvents.Prepared)).Explanation!;

        Assert.Null(explanation.Rights.Remedy.Post);
        Assert.Contains(explanation.Flags, f => f.Code == FlagCodes.ObjectionAddressMissing && f.Severity == FlagSeverity.Warning);
    }

    [Fact]
    public void Explain_SendsAnObjectionToTheRemedysOwnAddressFirst()
    {
        var tree = SampleEvents.Tree(SampleEvents.Prepared)
            .With("/data/decision/remedy", new JsonObject { ["kind"] = "objection", ["post"] = "Postbus 30, 9700 RR Groningen" });

        var explanation = Explain(tree).Explanation!;

        Assert.Equal("Postbus 30, 9700 RR Groningen", explanation.Rights.Remedy.Post);
        Assert.DoesNotContain(explanation.Flags, f => f.Code == FlagCodes.ObjectionAddressMissing);
    }

    [Fact]
    public void Explain_FlagsNoRemedyForADecisionWithLegalEffectForReview()
    {
        var tree = SampleEvents.Tree(SampleEvents.Woz).With("/data/decision/remedy", new JsonObject { ["kind"] = "none" });

        var explanation = Explain(tree).Explanation!;

        Assert.Equal(RemedyKind.None, explanation.Rights.Remedy.Kind);
        Assert.Contains(explanation.Flags, f => f.Code == FlagCodes.RemedyNoneWithLegalEffect && f.Severity == FlagSeverity.Review);
    }

    // Corrections and data

    [Fact]
    public void Explain_NamesWhoCorrectsDataFromABaseRegister()
    {
        var rights = Explain(SampleEvents.Tree(SampleEvents.RiskSupported)).Explanation!.Rights;

        Assert.Equal([new CorrectionFacts("Inkomen 2025", BaseRegister.Bri, RegisterKeeper.Belastingdienst)], rights.Corrections);
    }

    [Theory]
    [InlineData(BaseRegister.Brp, RegisterKeeper.MunicipalityOfResidence)]
    [InlineData(BaseRegister.Bri, RegisterKeeper.Belastingdienst)]
    [InlineData(BaseRegister.Brk, RegisterKeeper.Kadaster)]
    [InlineData(BaseRegister.Bag, RegisterKeeper.MunicipalityOfProperty)]
    [InlineData(BaseRegister.Woz, RegisterKeeper.MunicipalityOfProperty)]
    [InlineData(BaseRegister.Brv, RegisterKeeper.Rdw)]
    [InlineData(BaseRegister.Hr, RegisterKeeper.Kvk)]
    [InlineData(BaseRegister.Blau, RegisterKeeper.Uwv)]
    [InlineData(BaseRegister.Brt, RegisterKeeper.Kadaster)]
    [InlineData(BaseRegister.Bgt, RegisterKeeper.SourceHolder)]
    [InlineData(BaseRegister.Bro, RegisterKeeper.SourceHolder)]
    public void KeeperOf_NamesTheBodyThatKeepsEachBaseRegister(BaseRegister register, RegisterKeeper keeper)
    {
        Assert.Equal(keeper, CorrectionFacts.KeeperOf(register));
    }

    [Fact]
    public void Explain_ShowsAValueGivenAsAParameterInsteadOfNotStatingIt()
    {
        var data = Explain(SampleEvents.Tree(SampleEvents.RiskSupported)).Explanation!.Data;

        Assert.Equal(("ja, in 2024", true), (data[2].Value, data[2].ValueFromParameters));
        Assert.False(data[0].ValueFromParameters);
    }

    [Fact]
    public void Explain_PutsEachWeightFigureOnAPlainScaleAndKeepsWordsAsWords()
    {
        var explanation = Explain(SampleEvents.Tree(SampleEvents.RiskSupported)).Explanation!;

        Assert.True(explanation.HasWeightFigures);
        Assert.Equal(
            [(WeightKind.Figure, 0.45m, WeightRank.Heaviest), (WeightKind.Figure, 0.2m, WeightRank.Lightest)],
            explanation.Algorithms[0].Parameters.Select(p => (p.WeightKind, p.WeightFigure, p.WeightRank)));
        Assert.Equal((WeightKind.Text, "doorslaggevend", null), (explanation.Algorithms[1].Parameters[0].WeightKind, explanation.Algorithms[1].Parameters[0].Weight, explanation.Algorithms[1].Parameters[0].WeightRank));
        Assert.False(Explain(SampleEvents.Tree(SampleEvents.Automated)).Explanation!.HasWeightFigures);
    }

    [Fact]
    public void Explain_RanksEqualAndSingleWeightFigures()
    {
        var equal = Explain(FixtureTree("12-bijstand-beroep-generated-text"), fixtures: true).Explanation!.Algorithms[0].Parameters;
        var single = Explain(FixtureTree("13-melding-classified-not-changed"), fixtures: true).Explanation!.Algorithms[0].Parameters;

        Assert.Equal([WeightRank.Equal, WeightRank.Equal, null], equal.Select(p => p.WeightRank));
        Assert.Equal(WeightRank.Only, single[0].WeightRank);
    }

    // The register, shown honestly

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
    public void Explain_NamesTheOrganisationThatOwnsAnotherOrganisationsAlgorithm()
    {
        var explanation = Explain(FixtureTree("12-bijstand-beroep-generated-text"), fixtures: true).Explanation!;

        var register = explanation.Algorithms[1].Register!;
        Assert.True(register.OtherOrganisation);
        Assert.Equal("Stichting Regionale Taaldiensten", register.Organization);
        Assert.False(explanation.Algorithms[0].Register!.OtherOrganisation);
        Assert.Equal("/data/algorithms/1/lars", Assert.Single(explanation.Flags, f => f.Code == FlagCodes.AlgorithmOfOtherOrganisation && f.Severity == FlagSeverity.Info).Path);
    }

    [Fact]
    public void Explain_RepairsMojibakeAndWithholdsTextWithLostCharacters()
    {
        var explanation = Explain(FixtureTree("12-bijstand-beroep-generated-text"), fixtures: true).Explanation!;

        var register = explanation.Algorithms[1].Register!;
        Assert.Contains("één model", register.Description, StringComparison.Ordinal);
        Assert.Equal(["Juristen sneller laten werken."], register.Goal!.Paragraphs);
        Assert.True(register.Goal.Damaged);
        Assert.True(register.TextWithheld);
        var flag = Assert.Single(explanation.Flags, f => f.Code == FlagCodes.RegisterTextGarbled);
        Assert.Contains("description_short, goal", flag.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', System.Text.Encoding.UTF8.GetString(ExplanationDocument.Serialize(explanation)));
    }

    [Fact]
    public void Explain_RefersToAnAlgorithmWithAGarbledNameByItsNumber()
    {
        var explanation = Explain(FixtureTree("13-melding-classified-not-changed"), fixtures: true).Explanation!;

        Assert.Null(explanation.Algorithms[0].Register!.Name);
        Assert.Null(explanation.Risk!.Algorithms[0].Name);
        Assert.Contains(explanation.Flags, f => f.Code == FlagCodes.RegisterTextGarbled);
    }

    [Fact]
    public async Task Explain_KeepsEveryGarbledCharacterOfRealRegisterEntriesOutOfTheExplanation()
    {
        var records = await RegistrySnapshotLoader.LoadAsync(Path.Combine(RepositoryPaths.Samples, "real-register"));
        var garbled = records.Records.Where(r => (r.Name + r.DescriptionShort + r.Goal?.Plain + r.SourceData?.Plain).Contains('\uFFFD', StringComparison.Ordinal)).Take(5).ToList();
        Assert.NotEmpty(garbled);

        foreach (var record in garbled)
        {
            var tree = SampleEvents.Tree(SampleEvents.Woz).With("/data/algorithms/0/lars", record.Lars);
            var explanation = Explain(tree, new RegistrySnapshot([record])).Explanation!;

            Assert.Contains(explanation.Flags, f => f.Code == FlagCodes.RegisterTextGarbled);
            Assert.DoesNotContain('\uFFFD', System.Text.Encoding.UTF8.GetString(ExplanationDocument.Serialize(explanation)));
        }
    }

    [Fact]
    public void Explain_FlagsRegisterDataOlderThanThirtyOneDaysOrOfUnknownDate()
    {
        var record = PipelineHarness.Registry.Find("63712924")!;
        var time = DateTimeOffset.Parse("2026-11-20T09:12:00Z", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Contains(Explain(SampleEvents.Tree(SampleEvents.Automated)).Explanation!.Flags, f => f.Code == FlagCodes.RegisterSnapshotStale && f.Path == "/time");
        Assert.DoesNotContain(
            Explain(SampleEvents.Tree(SampleEvents.Automated), new RegistrySnapshot([record], takenAt: time.AddDays(-31))).Explanation!.Flags,
            f => f.Code == FlagCodes.RegisterSnapshotStale);
        Assert.Contains(
            Explain(SampleEvents.Tree(SampleEvents.Automated), new RegistrySnapshot([record with { CreatedAt = null }])).Explanation!.Flags,
            f => f.Code == FlagCodes.RegisterSnapshotStale && f.Message.Contains("unknown", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_WarnsUnderNlBaselineThatParametersAndOperationsAreNotGiven()
    {
        var flags = Explain(SampleEvents.Tree(SampleEvents.Prepared)).Explanation!.Flags;

        Assert.Contains(flags, f => f.Code == FlagCodes.ParametersNotGiven && f.Path == "/data/algorithms/0/parameters" && f.Severity == FlagSeverity.Warning);
        Assert.Contains(flags, f => f.Code == FlagCodes.OperationsNotGiven && f.Path == "/data/algorithms/0/operations");
        Assert.DoesNotContain(Explain(SampleEvents.Tree(SampleEvents.Woz)).Explanation!.Flags, f => f.Code == FlagCodes.ParametersNotGiven);
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
        var registry = new RegistrySnapshot(
            [PipelineHarness.Registry.Find("61941276")! with { ImpactAssessments = [], ImpactAssessmentText = null }, PipelineHarness.Registry.Find("63712924")!]);

        var flags = Explain(SampleEvents.Tree(SampleEvents.RiskSupported), registry).Explanation!.Flags;

        Assert.Contains(flags, f => f.Code == FlagCodes.HighRiskWithoutImpactAssessment && f.Path == "/data/algorithms/0/lars");
    }

    // AI text

    [Fact]
    public void Explain_SaysWhichTextAiWroteAndWhetherAPersonCheckedIt()
    {
        var explanation = Explain(FixtureTree("12-bijstand-beroep-generated-text"), fixtures: true).Explanation!;

        Assert.Equal(
            new AiTextFacts("De samenvatting van uw bezwaarschrift in deze beslissing", "48123655", "Samenvattingen maken van bezwaarschriften", CheckedByPerson: false),
            explanation.AiText);
        Assert.DoesNotContain(explanation.Flags, f => f.Code == FlagCodes.AiTextUndescribed);
    }

    [Fact]
    public void Explain_WarnsAboutAiTextWithoutDetailsUnderNlBaseline()
    {
        var explanation = Explain(SampleEvents.Tree(SampleEvents.GeneratedText).Without("/data/generatedTextDetails")).Explanation!;

        Assert.True(explanation.GeneratedText);
        Assert.Null(explanation.AiText);
        Assert.Contains(explanation.Flags, f => f.Code == FlagCodes.AiTextUndescribed && f.Severity == FlagSeverity.Warning && f.Path == "/data/generatedTextDetails");
    }

    [Fact]
    public void Explain_RejectsAiTextWithoutDetailsUnderFrStrict()
    {
        var result = Explain(SampleEvents.Tree(SampleEvents.Automated).With("/data/generatedText", true));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(FlagCodes.AiTextUndescribed, problem.Code);
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
    public void Explain_GivesTheAgencysInPersonHelpInEveryLanguageItWasWrittenIn()
    {
        var explanation = Explain(FixtureTree("10-vergunning-risk-changed-outcome"), fixtures: true).Explanation!;

        Assert.Equal(["en", "nl"], explanation.Rights.InPersonHelp!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NoticeIdFor_DependsOnlyOnAgencyDecisionAndRevision()
    {
        Assert.Equal(NoticeExplainer.NoticeIdFor(AgencyId.Parse("gm9999"), DecisionId.Parse("D-1"), 1), NoticeExplainer.NoticeIdFor(AgencyId.Parse("gm9999"), DecisionId.Parse("D-1"), 1));
        Assert.NotEqual(NoticeExplainer.NoticeIdFor(AgencyId.Parse("gm9999"), DecisionId.Parse("D-1"), 1), NoticeExplainer.NoticeIdFor(AgencyId.Parse("gm9999"), DecisionId.Parse("D-1"), 2));
        Assert.Matches("^kb-[0-9a-f]{20}$", NoticeExplainer.NoticeIdFor(AgencyId.Parse("gm9999"), DecisionId.Parse("D-1"), 1));
    }

    private static JsonObject FixtureTree(string name) =>
        JsonNode.Parse(File.ReadAllBytes(Path.Combine(PipelineHarness.FixtureFolder, "events", name + ".json")))!.AsObject();

    private static ExplanationResult Explain(JsonObject tree, RegistrySnapshot? registry = null, bool fixtures = false)
    {
        var agencies = fixtures ? AgencyProfileLoader.LoadAsync(Path.Combine(PipelineHarness.FixtureFolder, "agencies")).GetAwaiter().GetResult() : PipelineHarness.Agencies;
        registry ??= fixtures ? RegistrySnapshotLoader.LoadAsync(Path.Combine(PipelineHarness.FixtureFolder, "registry")).GetAwaiter().GetResult() : PipelineHarness.Registry;
        var validation = new EventValidator(agencies).Validate(tree.ToBytes());
        var accepted = validation as EventValidationResult.Accepted ?? throw new InvalidOperationException(string.Join("; ", validation.Problems));
        return new NoticeExplainer(registry).Explain(accepted.Event, accepted.Agency);
    }
}
