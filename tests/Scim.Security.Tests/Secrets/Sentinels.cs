using Scim.Security.Tests.Hosting;

namespace Scim.Security.Tests.Secrets;

/// <summary>
/// Recognisable secrets. Each is searched for by a distinctive fragment too, so an excerpt ("pw-S3ntin3l...") counts
/// as a leak just like the whole value. Only letters, digits and '-' so no encoding (JSON, URL) can disguise them.
/// </summary>
internal static class Sentinels
{
    public const string Password = "pw-S3ntin3lPassw0rd-Qx93Zk4Lm2";
    public const string SecondPassword = "pw-S3cond5ecret-Hk22Vb71";
    public const string WrongToken = "tok-Wr0ngS3ntinel-Lk55Nn09Jj31";

    public static IReadOnlyList<string> Fragments { get; } =
    [
        "S3ntin3lPassw0rd", "Qx93Zk4Lm2", "S3cond5ecret", "Hk22Vb71",
        "T0k3nS3ntinel", "Wq81Hh72Pp", "G1obexS3ntinel", "Zz09Yy18",
        "Wr0ngS3ntinel", "Lk55Nn09Jj31",
        SecurityTestHost.AcmeToken, SecurityTestHost.GlobexToken,
    ];

    /// <summary>The fragments found in the text, case-insensitively (a lower-cased or upper-cased echo is still a leak).</summary>
    public static IEnumerable<string> FoundIn(string text) =>
        Fragments.Where(fragment => text.Contains(fragment, StringComparison.OrdinalIgnoreCase));
}
