namespace Scim.Benchmarks.Filter;

/// <summary>The fixed filters every filter benchmark runs over, from one clause to twenty.</summary>
public static class FilterBenchmarkInputs
{
    /// <summary>Case name to filter text.</summary>
    public static IReadOnlyDictionary<string, string> Filters { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["01 userName"] = "userName eq \"bjensen\"",
        ["01 Entra guid"] = "userName eq \"5e0c5b8e-2f5f-4b8f-9a4b-0e2a7f1c9d3e\"",
        ["02 Entra value path"] = "emails[type eq \"work\"].value eq \"bjensen@example.com\"",
        ["05 RFC mix"] = "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\") and not (active eq false) and meta.lastModified gt \"2011-05-13T04:42:34Z\"",
        ["20 clauses"] = string.Join(" or ", Enumerable.Range(0, 5).Select(i =>
            $"(userName sw \"user{i}\" and emails[type eq \"work\" and value ew \"@example{i}.com\"] and not (active eq false))")),
    };

    /// <summary>The case names, for <c>[ParamsSource]</c>.</summary>
    public static IEnumerable<string> Names => Filters.Keys;
}
