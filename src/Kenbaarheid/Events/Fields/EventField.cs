using System.Reflection;
using Kenbaarheid.Events.Rules;

namespace Kenbaarheid.Events.Fields;

/// <summary>
/// A field of the event contract with the codes its problems carry. The codes are the catalogue's constants, given
/// when the field is declared, so a read can only report a code its field owns: no code is put together from a
/// stem at run time, and a field that could break a rule without a code for it does not compile.
/// </summary>
internal abstract record EventField
{
    /// <summary>Codes of rules about this field beyond its kind: a pattern, a check digit, a rule across fields.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    /// <summary>Every code a problem about this field can carry.</summary>
    public IEnumerable<string> Codes => KindCodes.Concat(Rules);

    /// <summary>The codes the field's kind of read reports (missing, wrong type, too long …).</summary>
    protected abstract IEnumerable<string> KindCodes { get; }

    /// <summary>Every field the rules of <c>Events/Rules/</c> declare, so codes and tests can walk them all.</summary>
    public static IReadOnlyList<EventField> All { get; } = typeof(EnvelopeRules).Assembly.GetTypes()
        .Where(type => type.Namespace == typeof(EnvelopeRules).Namespace)
        .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(field => field.FieldType.IsAssignableTo(typeof(EventField)))
        .Select(field => (EventField)field.GetValue(null)!)
        .ToList();
}
