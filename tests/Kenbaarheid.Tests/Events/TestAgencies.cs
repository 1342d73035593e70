using Kenbaarheid.Agencies;

namespace Kenbaarheid.Tests.Events;

/// <summary>
/// The sample agencies as profiles built in code, so these tests do not depend on the profile loader. Only id and
/// regime matter to the validator; the rest is plausible filler.
/// </summary>
internal static class TestAgencies
{
    public const string Municipality = "gm9999";
    public const string StrictBody = "zb999901";
    public const string BaselineBody = "zb999902";

    public static AgencyDirectory Directory { get; } = new(
    [
        Profile(Municipality, Regime.NlBaseline),
        Profile(StrictBody, Regime.FrStrict),
        Profile(BaselineBody, Regime.NlBaseline),
    ]);

    private static AgencyProfile Profile(string id, Regime regime) => new(
        id,
        $"Test agency {id}",
        regime,
        "nl",
        ["nl", "en"],
        new AgencyContact("0800 0000", "https://agency.example/contact", null),
        new ObjectionRoute(6, "https://agency.example/bezwaar"),
        new ExplanationRequestRoute("https://agency.example/uitleg", 30),
        null,
        new Supervisor("Autoriteit Persoonsgegevens", "https://autoriteitpersoonsgegevens.nl"),
        regime == Regime.FrStrict ? UnregisteredAlgorithmPolicy.Block : UnregisteredAlgorithmPolicy.Warn);
}
