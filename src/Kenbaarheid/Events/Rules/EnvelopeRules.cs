using System.Globalization;
using System.Text.Json;
using Kenbaarheid.Events.Fields;
using static Kenbaarheid.Events.EventErrorCodes;

namespace Kenbaarheid.Events.Rules;

/// <summary>The CloudEvents envelope: specversion, id, source, type, time, subject, datacontenttype and data.</summary>
internal static class EnvelopeRules
{
    public static readonly ExactValueField SpecVersion = new("1.0", SpecversionMissing, SpecversionWrongType, SpecversionUnknownValue);
    public static readonly RequiredTextField Id = new(200, EventIdMissing, EventIdWrongType, EventIdEmpty, EventIdTooLong, EventIdControlCharacter);
    public static readonly RequiredStringField Source = new(SourceMissing, SourceWrongType, SourceEmpty, SourceInvalid);
    public static readonly ExactValueField Type = new("nl.kenbaarheid.decision.v1", TypeMissing, TypeWrongType, TypeUnknownValue);
    public static readonly RequiredStringField Time = new(TimeMissing, TimeWrongType, TimeEmpty, TimeInvalid);
    public static readonly StringField Subject = new(SubjectWrongType, SubjectInvalid);
    public static readonly ExactValueField DataContentType = new("application/json", DatacontenttypeWrongType, DatacontenttypeUnknownValue);
    public static readonly RequiredObjectField Data = new(EventDataMissing, EventDataWrongType);

    public static string? ReadSource(EventReader reader, EventNode node)
    {
        var source = reader.RequiredString(node, Source);
        if (source is null)
        {
            return null;
        }

        if (source.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || !Uri.TryCreate(source, UriKind.RelativeOrAbsolute, out _))
        {
            reader.Report(Source.Invalid, node.Path, "source must be a URI-reference naming the sending system, without spaces, e.g. urn:nld:zb999901:systeem:toeslagen.");
            return null;
        }

        return source;
    }

    public static DateTimeOffset? ReadTime(EventReader reader, EventNode node)
    {
        var text = reader.RequiredString(node, Time);
        if (text is null)
        {
            return null;
        }

        var match = EventPatterns.Timestamp().Match(text);
        if (match.Success)
        {
            // .NET parses at most seven fraction digits; RFC 3339 allows more, and they are below a tick anyway.
            var fraction = match.Groups[3].Value;
            var normalized = $"{match.Groups[1].Value}T{match.Groups[2].Value}{fraction[..Math.Min(fraction.Length, 8)]}{match.Groups[4].Value.ToUpperInvariant()}";
            if (DateTimeOffset.TryParseExact(normalized, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return time;
            }
        }

        reader.Report(Time.Invalid, node.Path, "time must be an RFC 3339 timestamp of a real moment with a UTC offset, e.g. 2026-11-20T09:12:00Z or 2026-11-20T10:12:00+01:00.");
        return null;
    }

    /// <summary>The contract makes subject the decision id; a different value means the envelope and data disagree.</summary>
    public static void CheckSubject(EventReader reader, EventNode node, string? subject, EventNode decisionIdNode)
    {
        if (subject is null || decisionIdNode.Element.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var decisionId = decisionIdNode.Element.GetString()!;
        if (DecisionId.IsValid(decisionId) && !string.Equals(subject, decisionId, StringComparison.Ordinal))
        {
            reader.Report(Subject.Invalid, node.Path, "subject must be the decision id (data.decision.id) when present; leave it out or make the two equal.");
        }
    }
}
