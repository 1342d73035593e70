using System.Collections.Frozen;
using Kenbaarheid.Events.Fields;

namespace Kenbaarheid.Events;

/// <summary>
/// The catalogue of problem codes the <see cref="EventValidator"/> reports. Codes are stable: agencies match on them,
/// so a code is never renamed or reused. Scheme <c>&lt;STEM&gt;_&lt;KIND&gt;</c>, the stem naming the field and the kind
/// one of MISSING, WRONG_TYPE, EMPTY, TOO_LONG, INVALID, UNKNOWN_VALUE, CONTROL_CHARACTER, TOO_FEW, TOO_MANY, DUPLICATE;
/// a few codes name a rule of their own (RECIPIENT_REF_IS_BSN, STRICT_…). Each code of a field is owned by that
/// field's descriptor in <c>Events/Rules/</c>, which is the only thing a read reports from; <see cref="All"/> is
/// gathered from those descriptors, and a test holds it equal to the constants here.
/// </summary>
internal static class EventErrorCodes
{
    // The whole event: size, encoding and shape, checked before any field.
    public const string EventTooLarge = "EVENT_TOO_LARGE";
    public const string EventNotJson = "EVENT_NOT_JSON";
    public const string EventNotObject = "EVENT_NOT_OBJECT";
    public const string EventDuplicateProperty = "EVENT_DUPLICATE_PROPERTY";
    public const string EventUnpairedSurrogate = "EVENT_UNPAIRED_SURROGATE";

    // The CloudEvents envelope.
    public const string SpecversionMissing = "SPECVERSION_MISSING";
    public const string SpecversionWrongType = "SPECVERSION_WRONG_TYPE";
    public const string SpecversionUnknownValue = "SPECVERSION_UNKNOWN_VALUE";
    public const string EventIdMissing = "EVENT_ID_MISSING";
    public const string EventIdWrongType = "EVENT_ID_WRONG_TYPE";
    public const string EventIdEmpty = "EVENT_ID_EMPTY";
    public const string EventIdTooLong = "EVENT_ID_TOO_LONG";
    public const string EventIdControlCharacter = "EVENT_ID_CONTROL_CHARACTER";
    public const string SourceMissing = "SOURCE_MISSING";
    public const string SourceWrongType = "SOURCE_WRONG_TYPE";
    public const string SourceEmpty = "SOURCE_EMPTY";
    public const string SourceInvalid = "SOURCE_INVALID";
    public const string TypeMissing = "TYPE_MISSING";
    public const string TypeWrongType = "TYPE_WRONG_TYPE";
    public const string TypeUnknownValue = "TYPE_UNKNOWN_VALUE";
    public const string TimeMissing = "TIME_MISSING";
    public const string TimeWrongType = "TIME_WRONG_TYPE";
    public const string TimeEmpty = "TIME_EMPTY";
    public const string TimeInvalid = "TIME_INVALID";
    public const string SubjectWrongType = "SUBJECT_WRONG_TYPE";
    public const string SubjectInvalid = "SUBJECT_INVALID";
    public const string DatacontenttypeWrongType = "DATACONTENTTYPE_WRONG_TYPE";
    public const string DatacontenttypeUnknownValue = "DATACONTENTTYPE_UNKNOWN_VALUE";
    public const string EventDataMissing = "EVENT_DATA_MISSING";
    public const string EventDataWrongType = "EVENT_DATA_WRONG_TYPE";

    // /data/decision.
    public const string DecisionMissing = "DECISION_MISSING";
    public const string DecisionWrongType = "DECISION_WRONG_TYPE";
    public const string DecisionIdMissing = "DECISION_ID_MISSING";
    public const string DecisionIdWrongType = "DECISION_ID_WRONG_TYPE";
    public const string DecisionIdEmpty = "DECISION_ID_EMPTY";
    public const string DecisionIdTooLong = "DECISION_ID_TOO_LONG";
    public const string DecisionIdInvalid = "DECISION_ID_INVALID";
    public const string DecisionRevisionWrongType = "DECISION_REVISION_WRONG_TYPE";
    public const string DecisionRevisionInvalid = "DECISION_REVISION_INVALID";
    public const string DecisionDateMissing = "DECISION_DATE_MISSING";
    public const string DecisionDateWrongType = "DECISION_DATE_WRONG_TYPE";
    public const string DecisionDateEmpty = "DECISION_DATE_EMPTY";
    public const string DecisionDateInvalid = "DECISION_DATE_INVALID";
    public const string DecisionTypeMissing = "DECISION_TYPE_MISSING";
    public const string DecisionTypeWrongType = "DECISION_TYPE_WRONG_TYPE";
    public const string DecisionTypeEmpty = "DECISION_TYPE_EMPTY";
    public const string DecisionTypeTooLong = "DECISION_TYPE_TOO_LONG";
    public const string DecisionTypeControlCharacter = "DECISION_TYPE_CONTROL_CHARACTER";
    public const string DecisionPurposeMissing = "DECISION_PURPOSE_MISSING";
    public const string DecisionPurposeWrongType = "DECISION_PURPOSE_WRONG_TYPE";
    public const string DecisionPurposeEmpty = "DECISION_PURPOSE_EMPTY";
    public const string DecisionPurposeTooLong = "DECISION_PURPOSE_TOO_LONG";
    public const string DecisionPurposeControlCharacter = "DECISION_PURPOSE_CONTROL_CHARACTER";
    public const string DecisionOutcomeMissing = "DECISION_OUTCOME_MISSING";
    public const string DecisionOutcomeWrongType = "DECISION_OUTCOME_WRONG_TYPE";
    public const string DecisionOutcomeEmpty = "DECISION_OUTCOME_EMPTY";
    public const string DecisionOutcomeTooLong = "DECISION_OUTCOME_TOO_LONG";
    public const string DecisionOutcomeControlCharacter = "DECISION_OUTCOME_CONTROL_CHARACTER";
    public const string DecisionLegalBasisWrongType = "DECISION_LEGAL_BASIS_WRONG_TYPE";
    public const string LegalBasisWrongType = "LEGAL_BASIS_WRONG_TYPE";
    public const string LegalBasisTitleMissing = "LEGAL_BASIS_TITLE_MISSING";
    public const string LegalBasisTitleWrongType = "LEGAL_BASIS_TITLE_WRONG_TYPE";
    public const string LegalBasisTitleEmpty = "LEGAL_BASIS_TITLE_EMPTY";
    public const string LegalBasisTitleTooLong = "LEGAL_BASIS_TITLE_TOO_LONG";
    public const string LegalBasisTitleControlCharacter = "LEGAL_BASIS_TITLE_CONTROL_CHARACTER";
    public const string LegalBasisLinkWrongType = "LEGAL_BASIS_LINK_WRONG_TYPE";
    public const string LegalBasisLinkInvalid = "LEGAL_BASIS_LINK_INVALID";
    public const string DecisionMotivationRefWrongType = "DECISION_MOTIVATION_REF_WRONG_TYPE";
    public const string DecisionMotivationRefTooLong = "DECISION_MOTIVATION_REF_TOO_LONG";
    public const string DecisionMotivationRefControlCharacter = "DECISION_MOTIVATION_REF_CONTROL_CHARACTER";
    public const string DecisionLetterRefWrongType = "DECISION_LETTER_REF_WRONG_TYPE";
    public const string DecisionLetterRefTooLong = "DECISION_LETTER_REF_TOO_LONG";
    public const string DecisionLetterRefControlCharacter = "DECISION_LETTER_REF_CONTROL_CHARACTER";
    public const string DecisionLegalEffectWrongType = "DECISION_LEGAL_EFFECT_WRONG_TYPE";
    public const string DecisionDiscretionWrongType = "DECISION_DISCRETION_WRONG_TYPE";
    public const string DecisionDiscretionUnknownValue = "DECISION_DISCRETION_UNKNOWN_VALUE";
    public const string DecisionSentOnWrongType = "DECISION_SENT_ON_WRONG_TYPE";
    public const string DecisionSentOnInvalid = "DECISION_SENT_ON_INVALID";

    // /data/decision/remedy (v1.1).
    public const string DecisionRemedyWrongType = "DECISION_REMEDY_WRONG_TYPE";
    public const string RemedyKindMissing = "REMEDY_KIND_MISSING";
    public const string RemedyKindWrongType = "REMEDY_KIND_WRONG_TYPE";
    public const string RemedyKindUnknownValue = "REMEDY_KIND_UNKNOWN_VALUE";
    public const string RemedyToMissing = "REMEDY_TO_MISSING";
    public const string RemedyToWrongType = "REMEDY_TO_WRONG_TYPE";
    public const string RemedyToEmpty = "REMEDY_TO_EMPTY";
    public const string RemedyToTooLong = "REMEDY_TO_TOO_LONG";
    public const string RemedyToControlCharacter = "REMEDY_TO_CONTROL_CHARACTER";
    public const string RemedyTermWeeksWrongType = "REMEDY_TERM_WEEKS_WRONG_TYPE";
    public const string RemedyTermWeeksInvalid = "REMEDY_TERM_WEEKS_INVALID";
    public const string RemedyTermStartsOnWrongType = "REMEDY_TERM_STARTS_ON_WRONG_TYPE";
    public const string RemedyTermStartsOnUnknownValue = "REMEDY_TERM_STARTS_ON_UNKNOWN_VALUE";
    public const string RemedyPostWrongType = "REMEDY_POST_WRONG_TYPE";
    public const string RemedyPostTooLong = "REMEDY_POST_TOO_LONG";
    public const string RemedyPostControlCharacter = "REMEDY_POST_CONTROL_CHARACTER";
    public const string RemedyWithoutLegalEffect = "REMEDY_WITHOUT_LEGAL_EFFECT";

    // /data/agency, /data/recipient, /data/involvement and /data/humanReview.
    public const string AgencyMissing = "AGENCY_MISSING";
    public const string AgencyWrongType = "AGENCY_WRONG_TYPE";
    public const string AgencyIdMissing = "AGENCY_ID_MISSING";
    public const string AgencyIdWrongType = "AGENCY_ID_WRONG_TYPE";
    public const string AgencyIdEmpty = "AGENCY_ID_EMPTY";
    public const string AgencyIdInvalid = "AGENCY_ID_INVALID";
    public const string AgencyUnknown = "AGENCY_UNKNOWN";
    public const string RecipientMissing = "RECIPIENT_MISSING";
    public const string RecipientWrongType = "RECIPIENT_WRONG_TYPE";
    public const string RecipientRefMissing = "RECIPIENT_REF_MISSING";
    public const string RecipientRefWrongType = "RECIPIENT_REF_WRONG_TYPE";
    public const string RecipientRefEmpty = "RECIPIENT_REF_EMPTY";
    public const string RecipientRefTooLong = "RECIPIENT_REF_TOO_LONG";
    public const string RecipientRefControlCharacter = "RECIPIENT_REF_CONTROL_CHARACTER";
    public const string RecipientRefIsBsn = "RECIPIENT_REF_IS_BSN";
    public const string RecipientLanguageWrongType = "RECIPIENT_LANGUAGE_WRONG_TYPE";
    public const string RecipientLanguageInvalid = "RECIPIENT_LANGUAGE_INVALID";
    public const string InvolvementMissing = "INVOLVEMENT_MISSING";
    public const string InvolvementWrongType = "INVOLVEMENT_WRONG_TYPE";
    public const string InvolvementUnknownValue = "INVOLVEMENT_UNKNOWN_VALUE";
    public const string HumanReviewMissing = "HUMAN_REVIEW_MISSING";
    public const string HumanReviewWrongType = "HUMAN_REVIEW_WRONG_TYPE";
    public const string HumanReviewPerformedMissing = "HUMAN_REVIEW_PERFORMED_MISSING";
    public const string HumanReviewPerformedWrongType = "HUMAN_REVIEW_PERFORMED_WRONG_TYPE";
    public const string HumanReviewRoleMissing = "HUMAN_REVIEW_ROLE_MISSING";
    public const string HumanReviewRoleWrongType = "HUMAN_REVIEW_ROLE_WRONG_TYPE";
    public const string HumanReviewRoleEmpty = "HUMAN_REVIEW_ROLE_EMPTY";
    public const string HumanReviewRoleTooLong = "HUMAN_REVIEW_ROLE_TOO_LONG";
    public const string HumanReviewRoleControlCharacter = "HUMAN_REVIEW_ROLE_CONTROL_CHARACTER";
    public const string HumanReviewCanDeviateMissing = "HUMAN_REVIEW_CAN_DEVIATE_MISSING";
    public const string HumanReviewCanDeviateWrongType = "HUMAN_REVIEW_CAN_DEVIATE_WRONG_TYPE";

    // /data/algorithms, their parameters and operations.
    public const string AlgorithmsMissing = "ALGORITHMS_MISSING";
    public const string AlgorithmsWrongType = "ALGORITHMS_WRONG_TYPE";
    public const string AlgorithmsTooFew = "ALGORITHMS_TOO_FEW";
    public const string AlgorithmsTooMany = "ALGORITHMS_TOO_MANY";
    public const string AlgorithmWrongType = "ALGORITHM_WRONG_TYPE";
    public const string AlgorithmLarsMissing = "ALGORITHM_LARS_MISSING";
    public const string AlgorithmLarsWrongType = "ALGORITHM_LARS_WRONG_TYPE";
    public const string AlgorithmLarsEmpty = "ALGORITHM_LARS_EMPTY";
    public const string AlgorithmLarsInvalid = "ALGORITHM_LARS_INVALID";
    public const string AlgorithmLarsCheckDigit = "ALGORITHM_LARS_CHECK_DIGIT";
    public const string AlgorithmLarsDuplicate = "ALGORITHM_LARS_DUPLICATE";
    public const string AlgorithmVersionWrongType = "ALGORITHM_VERSION_WRONG_TYPE";
    public const string AlgorithmVersionTooLong = "ALGORITHM_VERSION_TOO_LONG";
    public const string AlgorithmVersionControlCharacter = "ALGORITHM_VERSION_CONTROL_CHARACTER";
    public const string AlgorithmRoleMissing = "ALGORITHM_ROLE_MISSING";
    public const string AlgorithmRoleWrongType = "ALGORITHM_ROLE_WRONG_TYPE";
    public const string AlgorithmRoleUnknownValue = "ALGORITHM_ROLE_UNKNOWN_VALUE";
    public const string AlgorithmWeightMissing = "ALGORITHM_WEIGHT_MISSING";
    public const string AlgorithmWeightWrongType = "ALGORITHM_WEIGHT_WRONG_TYPE";
    public const string AlgorithmWeightUnknownValue = "ALGORITHM_WEIGHT_UNKNOWN_VALUE";
    public const string AlgorithmExplanationWrongType = "ALGORITHM_EXPLANATION_WRONG_TYPE";
    public const string AlgorithmExplanationTooLong = "ALGORITHM_EXPLANATION_TOO_LONG";
    public const string AlgorithmExplanationControlCharacter = "ALGORITHM_EXPLANATION_CONTROL_CHARACTER";
    public const string AlgorithmParametersWrongType = "ALGORITHM_PARAMETERS_WRONG_TYPE";
    public const string AlgorithmParametersTooMany = "ALGORITHM_PARAMETERS_TOO_MANY";
    public const string ParameterWrongType = "PARAMETER_WRONG_TYPE";
    public const string ParameterNameMissing = "PARAMETER_NAME_MISSING";
    public const string ParameterNameWrongType = "PARAMETER_NAME_WRONG_TYPE";
    public const string ParameterNameEmpty = "PARAMETER_NAME_EMPTY";
    public const string ParameterNameTooLong = "PARAMETER_NAME_TOO_LONG";
    public const string ParameterNameControlCharacter = "PARAMETER_NAME_CONTROL_CHARACTER";
    public const string ParameterValueWrongType = "PARAMETER_VALUE_WRONG_TYPE";
    public const string ParameterValueTooLong = "PARAMETER_VALUE_TOO_LONG";
    public const string ParameterValueControlCharacter = "PARAMETER_VALUE_CONTROL_CHARACTER";
    public const string ParameterEffectMissing = "PARAMETER_EFFECT_MISSING";
    public const string ParameterEffectWrongType = "PARAMETER_EFFECT_WRONG_TYPE";
    public const string ParameterEffectEmpty = "PARAMETER_EFFECT_EMPTY";
    public const string ParameterEffectTooLong = "PARAMETER_EFFECT_TOO_LONG";
    public const string ParameterEffectControlCharacter = "PARAMETER_EFFECT_CONTROL_CHARACTER";
    public const string ParameterWeightWrongType = "PARAMETER_WEIGHT_WRONG_TYPE";
    public const string ParameterWeightTooLong = "PARAMETER_WEIGHT_TOO_LONG";
    public const string ParameterWeightControlCharacter = "PARAMETER_WEIGHT_CONTROL_CHARACTER";
    public const string AlgorithmOperationsWrongType = "ALGORITHM_OPERATIONS_WRONG_TYPE";
    public const string AlgorithmOperationsTooMany = "ALGORITHM_OPERATIONS_TOO_MANY";
    public const string OperationWrongType = "OPERATION_WRONG_TYPE";
    public const string OperationEmpty = "OPERATION_EMPTY";
    public const string OperationTooLong = "OPERATION_TOO_LONG";
    public const string OperationControlCharacter = "OPERATION_CONTROL_CHARACTER";

    // /data/data: the data used.
    public const string DataMissing = "DATA_MISSING";
    public const string DataWrongType = "DATA_WRONG_TYPE";
    public const string DataTooFew = "DATA_TOO_FEW";
    public const string DataTooMany = "DATA_TOO_MANY";
    public const string DataItemWrongType = "DATA_ITEM_WRONG_TYPE";
    public const string DataCategoryMissing = "DATA_CATEGORY_MISSING";
    public const string DataCategoryWrongType = "DATA_CATEGORY_WRONG_TYPE";
    public const string DataCategoryEmpty = "DATA_CATEGORY_EMPTY";
    public const string DataCategoryTooLong = "DATA_CATEGORY_TOO_LONG";
    public const string DataCategoryControlCharacter = "DATA_CATEGORY_CONTROL_CHARACTER";
    public const string DataSourceMissing = "DATA_SOURCE_MISSING";
    public const string DataSourceWrongType = "DATA_SOURCE_WRONG_TYPE";
    public const string DataSourceEmpty = "DATA_SOURCE_EMPTY";
    public const string DataSourceTooLong = "DATA_SOURCE_TOO_LONG";
    public const string DataSourceControlCharacter = "DATA_SOURCE_CONTROL_CHARACTER";
    public const string DataValueWrongType = "DATA_VALUE_WRONG_TYPE";
    public const string DataValueTooLong = "DATA_VALUE_TOO_LONG";
    public const string DataValueControlCharacter = "DATA_VALUE_CONTROL_CHARACTER";
    public const string DataPersonalMissing = "DATA_PERSONAL_MISSING";
    public const string DataPersonalWrongType = "DATA_PERSONAL_WRONG_TYPE";
    public const string DataSpecialMissing = "DATA_SPECIAL_MISSING";
    public const string DataSpecialWrongType = "DATA_SPECIAL_WRONG_TYPE";
    public const string DataRegisterWrongType = "DATA_REGISTER_WRONG_TYPE";
    public const string DataRegisterUnknownValue = "DATA_REGISTER_UNKNOWN_VALUE";

    // /data/riskClassification, /data/profiling and /data/generatedText.
    public const string RiskClassificationWrongType = "RISK_CLASSIFICATION_WRONG_TYPE";
    public const string RiskAppliedMissing = "RISK_APPLIED_MISSING";
    public const string RiskAppliedWrongType = "RISK_APPLIED_WRONG_TYPE";
    public const string RiskLabelMissing = "RISK_LABEL_MISSING";
    public const string RiskLabelWrongType = "RISK_LABEL_WRONG_TYPE";
    public const string RiskLabelEmpty = "RISK_LABEL_EMPTY";
    public const string RiskLabelTooLong = "RISK_LABEL_TOO_LONG";
    public const string RiskLabelControlCharacter = "RISK_LABEL_CONTROL_CHARACTER";
    public const string RiskProducedByMissing = "RISK_PRODUCED_BY_MISSING";
    public const string RiskProducedByWrongType = "RISK_PRODUCED_BY_WRONG_TYPE";
    public const string RiskProducedByEmpty = "RISK_PRODUCED_BY_EMPTY";
    public const string RiskProducedByInvalid = "RISK_PRODUCED_BY_INVALID";
    public const string RiskProducedByUnknown = "RISK_PRODUCED_BY_UNKNOWN";
    public const string RiskConsequenceMissing = "RISK_CONSEQUENCE_MISSING";
    public const string RiskConsequenceWrongType = "RISK_CONSEQUENCE_WRONG_TYPE";
    public const string RiskConsequenceEmpty = "RISK_CONSEQUENCE_EMPTY";
    public const string RiskConsequenceTooLong = "RISK_CONSEQUENCE_TOO_LONG";
    public const string RiskConsequenceControlCharacter = "RISK_CONSEQUENCE_CONTROL_CHARACTER";
    public const string RiskAffectedOutcomeMissing = "RISK_AFFECTED_OUTCOME_MISSING";
    public const string RiskAffectedOutcomeWrongType = "RISK_AFFECTED_OUTCOME_WRONG_TYPE";
    public const string ProfilingWrongType = "PROFILING_WRONG_TYPE";
    public const string GeneratedTextWrongType = "GENERATED_TEXT_WRONG_TYPE";

    // /data/generatedTextDetails (v1.1).
    public const string GeneratedTextDetailsWrongType = "GENERATED_TEXT_DETAILS_WRONG_TYPE";
    public const string GeneratedTextWhatMissing = "GENERATED_TEXT_WHAT_MISSING";
    public const string GeneratedTextWhatWrongType = "GENERATED_TEXT_WHAT_WRONG_TYPE";
    public const string GeneratedTextWhatEmpty = "GENERATED_TEXT_WHAT_EMPTY";
    public const string GeneratedTextWhatTooLong = "GENERATED_TEXT_WHAT_TOO_LONG";
    public const string GeneratedTextWhatControlCharacter = "GENERATED_TEXT_WHAT_CONTROL_CHARACTER";
    public const string GeneratedTextProducedByWrongType = "GENERATED_TEXT_PRODUCED_BY_WRONG_TYPE";
    public const string GeneratedTextProducedByInvalid = "GENERATED_TEXT_PRODUCED_BY_INVALID";
    public const string GeneratedTextProducedByUnknown = "GENERATED_TEXT_PRODUCED_BY_UNKNOWN";
    public const string GeneratedTextCheckedByPersonMissing = "GENERATED_TEXT_CHECKED_BY_PERSON_MISSING";
    public const string GeneratedTextCheckedByPersonWrongType = "GENERATED_TEXT_CHECKED_BY_PERSON_WRONG_TYPE";
    public const string GeneratedTextDetailsWithoutGeneratedText = "GENERATED_TEXT_DETAILS_WITHOUT_GENERATED_TEXT";

    // Regime rules: fields an agency's regime makes mandatory (fr-strict).
    public const string StrictLegalBasisMissing = "STRICT_LEGAL_BASIS_MISSING";
    public const string StrictParametersMissing = "STRICT_PARAMETERS_MISSING";
    public const string StrictOperationsMissing = "STRICT_OPERATIONS_MISSING";

    /// <summary>
    /// Every code the validator can report: the document's own and those the field descriptors own. The code catalogues
    /// for people (<c>src/Kenbaarheid.Tooling/Compliance/Codes-*.json</c>) are checked against this set.
    /// </summary>
    public static IReadOnlySet<string> All { get; } = new[] { EventTooLarge, EventNotJson, EventNotObject, EventDuplicateProperty, EventUnpairedSurrogate }
        .Concat(EventField.All.SelectMany(field => field.Codes))
        .ToFrozenSet(StringComparer.Ordinal);
}
