namespace Scim.Schema.Tests;

/// <summary>The RFC 7643 §8 examples, typed from the RFC into <c>RfcExamples/*.json</c>.</summary>
internal static class RfcExample
{
    public const string MinimalUser = "8.1-minimal-user.json";
    public const string FullUser = "8.2-full-user.json";
    public const string EnterpriseUser = "8.3-enterprise-user.json";
    public const string Group = "8.4-group.json";

    public static string Load(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RfcExamples", name));
}
