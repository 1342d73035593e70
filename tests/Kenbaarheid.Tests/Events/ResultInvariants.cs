using Kenbaarheid.Events;

namespace Kenbaarheid.Tests.Events;

/// <summary>What holds for every validation result, whatever the input.</summary>
internal static class ResultInvariants
{
    /// <summary>Null when the invariants hold, otherwise what is wrong (FsCheck shows it as the label).</summary>
    public static string? Violation(EventValidationResult result)
    {
        if (result.IsValid == result.Problems.Count > 0)
        {
            return $"IsValid is {result.IsValid} with {result.Problems.Count} problems.";
        }

        foreach (var problem in result.Problems)
        {
            if (!EventErrorCodes.All.Contains(problem.Code))
            {
                return $"Code {problem.Code} is not in the catalogue.";
            }

            if (!IsJsonPointer(problem.Path))
            {
                return $"Path '{problem.Path}' of {problem.Code} is not a JSON Pointer.";
            }

            if (string.IsNullOrWhiteSpace(problem.Message))
            {
                return $"{problem.Code} has no message.";
            }
        }

        return null;
    }

    public static void AssertHold(EventValidationResult result) => Assert.Null(Violation(result));

    /// <summary>RFC 6901: empty, or "/"-separated segments in which "~" is always followed by 0 or 1.</summary>
    public static bool IsJsonPointer(string path)
    {
        if (path.Length == 0)
        {
            return true;
        }

        if (path[0] != '/')
        {
            return false;
        }

        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '~' && (i + 1 >= path.Length || path[i + 1] is not ('0' or '1')))
            {
                return false;
            }
        }

        return true;
    }
}
