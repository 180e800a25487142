using System.Globalization;
using BenchmarkDotNet.Attributes;
using Scim.Filter;
using Scim.Schema;

namespace Scim.Benchmarks.Filter;

/// <summary>
/// In-memory evaluation of a bound filter over 10,000 users (target: a simple <c>eq</c> under 2 ms), against a
/// hand-written loop that reads <c>userName</c> and compares it ignoring case (the floor).
/// </summary>
[MemoryDiagnoser]
public class FilterEvaluationBenchmarks
{
    private const int UserCount = 10_000;
    private ScimResource[] _users = [];
    private BoundFilter _userNameEquals = null!;
    private BoundFilter _entraValuePath = null!;
    private BoundFilter _mixed = null!;

    /// <summary>Builds the users and binds the filters, asserting each matches exactly the expected users.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _users = Enumerable.Range(0, UserCount).Select(CreateUser).ToArray();
        _userNameEquals = Bind("userName eq \"USER9999@example.com\"");
        _entraValuePath = Bind("emails[type eq \"work\"].value eq \"user9999@work.example.com\"");
        _mixed = Bind("active eq true and (title sw \"Eng\" or emails[type eq \"home\" and value co \"42\"]) and not (userType eq \"Intern\")");
        if (UserNameEquals() != 1 || EntraValuePath() != 1 || HandWrittenLoop() != 1 || Mixed() == 0)
        {
            throw new InvalidOperationException("The evaluation benchmark inputs do not match as expected.");
        }
    }

    /// <summary>The floor: a loop that reads userName and compares it.</summary>
    [Benchmark(Baseline = true)]
    public int HandWrittenLoop()
    {
        var count = 0;
        foreach (var user in _users)
        {
            if (user.Attributes.Find("userName") is ScimString name
                && string.Equals(name.Value, "USER9999@example.com", StringComparison.OrdinalIgnoreCase))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary><c>userName eq "..."</c> over 10,000 users.</summary>
    [Benchmark]
    public int UserNameEquals() => Count(_userNameEquals);

    /// <summary>Entra's <c>emails[type eq "work"].value eq "..."</c> over 10,000 users.</summary>
    [Benchmark]
    public int EntraValuePath() => Count(_entraValuePath);

    /// <summary>A mixed filter with a value path and <c>not</c> over 10,000 users.</summary>
    [Benchmark]
    public int Mixed() => Count(_mixed);

    private static BoundFilter Bind(string filter) => ScimFilter.Bind(ScimFilter.Parse(filter), CoreSchemas.UserResourceType);

    private static ScimResource CreateUser(int i)
    {
        var number = i.ToString(CultureInfo.InvariantCulture);
        return new ScimResource(CoreSchemas.UserResourceType, ScimComplex.Create(
            ("id", new ScimString(Guid.NewGuid().ToString())),
            ("userName", new ScimString($"user{number}@example.com")),
            ("displayName", new ScimString($"User {number}")),
            ("title", new ScimString(i % 3 == 0 ? "Engineer" : "Manager")),
            ("userType", new ScimString(i % 10 == 0 ? "Intern" : "Employee")),
            ("active", ScimBoolean.From(i % 7 != 0)),
            ("emails", ScimMultiValue.Create(
                ScimComplex.Create(("value", new ScimString($"user{number}@work.example.com")), ("type", new ScimString("work")), ("primary", ScimBoolean.True)),
                ScimComplex.Create(("value", new ScimString($"user{number}@home.example.org")), ("type", new ScimString("home")))))));
    }

    private int Count(BoundFilter filter)
    {
        var count = 0;
        foreach (var user in _users)
        {
            if (filter.Matches(user))
            {
                count++;
            }
        }

        return count;
    }
}
