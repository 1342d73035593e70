using System.Globalization;
using Kenbaarheid.Events;

namespace Kenbaarheid.Reconciliation;

/// <summary>
/// An agency's list of the decisions it sent, one <c>agencyId,decisionId[,revision]</c> per line; blank lines and
/// lines starting with <c>#</c> are skipped. A line that is not of that form is a problem naming the source and the
/// line number, never its content: a wrong line may hold anything, a citizen's number among it.
/// </summary>
public sealed record ExpectedDecisionList(IReadOnlyList<ExpectedDecision> Decisions, IReadOnlyList<string> Problems)
{
    public static ExpectedDecisionList Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decisions = new List<ExpectedDecision>();
        var problems = new List<string>();
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim().TrimStart('\uFEFF');
            var number = index + 1;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split(',').Select(field => field.Trim()).ToArray();
            if (fields.Length is < 2 or > 3 || !AgencyId.IsValid(fields[0]) || !DecisionId.IsValid(fields[1]))
            {
                problems.Add($"{source}, line {number}: expected 'agencyId,decisionId[,revision]': an org_id such as gm0344, and a decision id of letters, digits, '.', '_' and '-'.");
                continue;
            }

            int? revision = null;
            if (fields.Length == 3)
            {
                var revisionText = fields[2].StartsWith('r') ? fields[2][1..] : fields[2];
                if (!int.TryParse(revisionText, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
                {
                    problems.Add($"{source}, line {number}: the revision must be a whole number of at least 1 (or be left out for any revision).");
                    continue;
                }

                revision = value;
            }

            decisions.Add(new ExpectedDecision(fields[0], fields[1], revision, number));
        }

        return new ExpectedDecisionList(decisions, problems);
    }
}
