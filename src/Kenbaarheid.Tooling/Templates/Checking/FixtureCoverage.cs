using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Registry;
using Kenbaarheid.Rendering;

namespace Kenbaarheid.Tooling.Templates.Checking;

/// <summary>
/// What the fixtures must cover for a passing check to mean something: every enum value (involvement, role, weight,
/// discretion, regime, who decided and why, remedy, term start, classification disclosure, kind and outcome claim,
/// weight scale), every optional section present and absent, and every shape of register entry. A gap is a
/// finding, so removing a fixture cannot quietly weaken the check.
/// </summary>
public static class FixtureCoverage
{
    public static IReadOnlyList<TemplateFinding> Gaps(IReadOnlyList<NoticeFixture> fixtures)
    {
        var explanations = fixtures.Select(f => f.Explanation).ToList();
        var algorithms = explanations.SelectMany(e => e.Algorithms).ToList();
        var registers = algorithms.Select(a => a.Register).ToList();
        var cases = new List<(string What, bool Covered)>();

        void Each<TEnum>(string name, IEnumerable<TEnum> seen)
            where TEnum : struct, Enum
        {
            var set = seen.ToHashSet();
            cases.AddRange(Enum.GetValues<TEnum>().Select(value => ($"{name} '{EnumWireNames.NameOf(value)}'", set.Contains(value))));
        }

        void Both(string name, Func<Explanation.NoticeExplanation, bool> test)
        {
            cases.Add(($"{name}: present", explanations.Any(test)));
            cases.Add(($"{name}: absent", explanations.Any(e => !test(e))));
        }

        Each("involvement", explanations.Select(e => e.Involvement));
        Each("role", algorithms.Select(a => a.Role));
        Each("weight", algorithms.Select(a => a.Weight));
        Each("discretion", explanations.Select(e => e.Decision.Discretion));
        Each("regime", explanations.Select(e => e.Regime));
        Both("parameters", e => e.HasParameters);
        Both("operations", e => e.HasOperations);
        Both("risk", e => e.Risk is not null);
        Each("classification disclosure", explanations.Select(e => e.Risk?.Disclosure).OfType<ClassificationDisclosure>());
        Each("classification kind", explanations.Select(e => e.Risk?.Kind).OfType<ClassificationKind>());
        Each("outcome claim of a stated classification", explanations.Where(e => e.Risk?.Disclosure == ClassificationDisclosure.Stated).Select(e => e.Risk!.OutcomeClaim));
        cases.Add(("risk with profiling", explanations.Any(e => e.Risk is { Profiling: true })));
        cases.Add(("risk without profiling", explanations.Any(e => e.Risk is { Profiling: false })));
        cases.Add(("classifying algorithm not in the register", explanations.Any(e => e.Risk?.Algorithms.Any(a => a.Name is null) == true)));
        Each("decided by", explanations.Select(e => e.Human.DecidedBy));
        Each("reason a decision is automated in substance", explanations.SelectMany(e => e.Human.AutomatedBecause));
        Each("remedy", explanations.Select(e => e.Rights.Remedy.Kind));
        Each("term start", explanations.Where(e => e.Rights.Remedy.Kind != RemedyKind.None).Select(e => e.Rights.Remedy.TermStartsOn));
        Both("remedy with its last day", e => e.Rights.Remedy.LastDay is not null);
        cases.Add(("objection without a postal address", explanations.Any(e => e.Rights.Remedy is { Kind: RemedyKind.Objection, Post: null })));
        Both("data item from a base register", e => e.Rights.Corrections.Count > 0);
        cases.Add(("data value given only as a parameter", explanations.Any(e => e.Data.Any(d => d.ValueFromParameters))));
        Each("parameter weight", algorithms.SelectMany(a => a.Parameters).Select(p => p.WeightKind));
        Each("weight scale", algorithms.SelectMany(a => a.Parameters).Select(p => p.WeightRank).OfType<WeightRank>());
        Both("weight figures", e => e.HasWeightFigures);
        Both("ai-label (generated text)", e => e.GeneratedText);
        cases.Add(("generated text described", explanations.Any(e => e.AiText is not null)));
        cases.Add(("generated text not described", explanations.Any(e => e.GeneratedText && e.AiText is null)));
        Both("legal basis", e => e.Decision.LegalBasis.Count > 0);
        cases.Add(("legal basis without a link", explanations.Any(e => e.Decision.LegalBasis.Any(b => b.Link is null))));
        Both("motivationRef", e => e.Decision.MotivationRef is not null);
        Both("letterRef", e => e.Decision.LetterRef is not null);
        Both("legal effect", e => e.Decision.LegalEffect);
        Both("contact post", e => e.Contact.Post is not null);
        Both("contact phone", e => e.Contact.Phone is not null);
        Both("explanation request on the web", e => e.Rights.ExplanationWeb is not null);
        Both("in-person help", e => e.Rights.InPersonHelp is not null);
        cases.Add(("in-person help in English", explanations.Any(e => e.Rights.InPersonHelp?.ContainsKey("en") == true)));
        cases.Add(("in-person help in Dutch only", explanations.Any(e => e.Rights.InPersonHelp is { } help && !help.ContainsKey("en"))));
        Both("human review", e => e.Human.ReviewPerformed is not null);
        cases.Add(("human review not performed", explanations.Any(e => e.Human.ReviewPerformed == false)));
        cases.Add(("human who could not deviate", explanations.Any(e => e.Human.CanDeviate == false)));
        cases.Add(("human who could deviate", explanations.Any(e => e.Human.CanDeviate == true)));
        Both("more than one algorithm", e => e.Algorithms.Count > 1);
        cases.Add(("algorithm not in the register", registers.Any(r => r is null)));
        cases.Add(("complete register entry", registers.Any(r => r is { Gaps.Count: 0, Description: not null })));
        cases.Add(("sparse register entry", registers.Any(r => r is { Gaps.Count: > 0 })));
        cases.Add(("register entry not in use", registers.Any(r => r is { InUse: false, Status: not null })));
        cases.Add(("register entry without status", registers.Any(r => r is { Status: null })));
        cases.Add(("register entry without category", registers.Any(r => r is { PublicationCategory: null })));
        cases.Add(("register entry of another organisation", registers.Any(r => r is { OtherOrganisation: true })));
        cases.Add(("register text withheld as garbled", registers.Any(r => r is { TextWithheld: true })));
        cases.Add(("register name withheld as garbled", registers.Any(r => r is { Name: null })));
        cases.AddRange(Enum.GetValues<PublicationCategory>().Select(EnumWireNames.NameOf)
            .Select(category => ($"publication category '{category}'", registers.Any(r => r?.PublicationCategory == category))));
        cases.Add(("data item without a value", explanations.Any(e => e.Data.Any(d => d.Value is null))));
        cases.Add(("notice in one language only", explanations.Any(e => e.Languages.Count == 1)));

        return cases
            .Where(c => !c.Covered)
            .Select(c => new TemplateFinding(TemplateFindingRules.Coverage, "(fixtures)", null, null, null, $"No fixture covers {c.What}."))
            .ToList();
    }
}
