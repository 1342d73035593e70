using Kenbaarheid.Events;

namespace Kenbaarheid.Explanation;

/// <summary>A data item from a base register, and who corrects it there.</summary>
public sealed record CorrectionFacts(string Category, BaseRegister Register, RegisterKeeper Keeper)
{
    /// <summary>The keeper of each base register (docs/LEGAL.md, "Corrections").</summary>
    public static RegisterKeeper KeeperOf(BaseRegister register) => register switch
    {
        BaseRegister.Brp => RegisterKeeper.MunicipalityOfResidence,
        BaseRegister.Bag or BaseRegister.Woz => RegisterKeeper.MunicipalityOfProperty,
        BaseRegister.Bri => RegisterKeeper.Belastingdienst,
        BaseRegister.Brk or BaseRegister.Brt => RegisterKeeper.Kadaster,
        BaseRegister.Brv => RegisterKeeper.Rdw,
        BaseRegister.Hr => RegisterKeeper.Kvk,
        BaseRegister.Blau => RegisterKeeper.Uwv,
        BaseRegister.Bgt or BaseRegister.Bro => RegisterKeeper.SourceHolder,
        _ => throw new ArgumentOutOfRangeException(nameof(register), register, "A base register without a keeper; add it to KeeperOf."),
    };
}
