using Scim.Schema;

namespace Scim.Filter.Tests.Evaluation;

public sealed class EvaluationTests
{
    private static readonly ScimResource Barbara = new(CoreSchemas.UserResourceType, ScimComplex.Create(
        ("id", new ScimString("2819c223-7f76-453a-919d-413861904646")),
        ("externalId", new ScimString("bjensen-ext")),
        ("userName", new ScimString("bjensen@example.com")),
        ("name", ScimComplex.Create(("familyName", new ScimString("Jensen")), ("givenName", new ScimString("Barbara")))),
        ("userType", new ScimString("Employee")),
        ("title", new ScimString("Tour Guide")),
        ("nickName", ScimString.Empty),
        ("active", ScimBoolean.True),
        ("emails", ScimMultiValue.Create(
            ScimComplex.Create(("value", new ScimString("bjensen@example.com")), ("type", new ScimString("work")), ("primary", ScimBoolean.True)),
            ScimComplex.Create(("value", new ScimString("babs@jensen.org")), ("type", new ScimString("home"))))),
        ("roles", ScimMultiValue.Create(ScimComplex.Create(("value", new ScimString("admin")), ("primary", ScimBoolean.True)))),
        ("meta", ScimComplex.Create(
            ("resourceType", new ScimString("User")),
            ("lastModified", new ScimDateTime(new DateTimeOffset(2011, 5, 13, 4, 42, 34, TimeSpan.Zero))))),
        (ScimSchemaIds.EnterpriseUser, ScimComplex.Create(
            ("employeeNumber", new ScimString("701984")),
            ("manager", ScimComplex.Create(("value", new ScimString("26118915-6090-4610-87e4-49d8ca9f808d"))))))));

    private static readonly ScimResource Intern = new(CoreSchemas.UserResourceType, ScimComplex.Create(
        ("id", new ScimString("aa")),
        ("userName", new ScimString("intern")),
        ("userType", new ScimString("Intern")),
        ("active", ScimBoolean.False)));

    [Theory]
    [InlineData("userName eq \"bjensen@example.com\"", true, false)]
    [InlineData("userName eq \"BJENSEN@EXAMPLE.COM\"", true, false)]
    [InlineData("userName ne \"bjensen@example.com\"", false, true)]
    [InlineData("id eq \"2819C223-7F76-453A-919D-413861904646\"", false, false)]
    [InlineData("externalId eq \"BJENSEN-EXT\"", false, false)]
    [InlineData("externalId eq \"bjensen-ext\"", true, false)]
    [InlineData("name.familyName co \"ens\"", true, false)]
    [InlineData("name.familyName co \"ENS\"", true, false)]
    [InlineData("userName sw \"BJ\"", true, false)]
    [InlineData("userName ew \".COM\"", true, false)]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"b\"", true, false)]
    [InlineData("title pr", true, false)]
    [InlineData("nickName pr", false, false)]
    [InlineData("title eq null", false, true)]
    [InlineData("title ne null", true, false)]
    [InlineData("title ne \"Tour Guide\"", false, true)]
    [InlineData("meta.lastModified gt \"2011-05-13T04:42:33Z\"", true, false)]
    [InlineData("meta.lastModified ge \"2011-05-13T04:42:34Z\"", true, false)]
    [InlineData("meta.lastModified lt \"2011-05-13T06:42:34+02:00\"", false, false)]
    [InlineData("meta.lastModified le \"2011-05-13T06:42:34+02:00\"", true, false)]
    [InlineData("title pr and userType eq \"Employee\"", true, false)]
    [InlineData("title pr or userType eq \"Intern\"", true, true)]
    [InlineData("schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"", true, false)]
    [InlineData("schemas eq \"URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER\"", true, true)]
    [InlineData("userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")", true, false)]
    [InlineData("userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co \"example.org\")", false, true)]
    [InlineData("userType eq \"Employee\" and (emails.type eq \"work\")", true, false)]
    [InlineData("userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]", true, false)]
    [InlineData("emails[type eq \"home\" and value co \"@example.com\"]", false, false)]
    [InlineData("emails[type eq \"work\"].value eq \"bjensen@example.com\"", true, false)]
    [InlineData("emails[type eq \"home\"].value eq \"bjensen@example.com\"", false, false)]
    [InlineData("emails.value eq \"babs@jensen.org\"", true, false)]
    [InlineData("emails.type ne \"work\"", false, true)]
    [InlineData("emails pr", true, false)]
    [InlineData("emails[primary eq true]", true, false)]
    [InlineData("roles[primary eq \"True\"]", true, false)]
    [InlineData("active eq true", true, false)]
    [InlineData("active eq false", false, true)]
    [InlineData("employeeNumber eq \"701984\"", true, false)]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"26118915-6090-4610-87e4-49d8ca9f808d\"", true, false)]
    [InlineData("manager eq \"26118915-6090-4610-87e4-49d8ca9f808d\"", true, false)]
    [InlineData("manager pr", true, false)]
    [InlineData("name pr", true, false)]
    [InlineData("name.givenName gt \"A\" and name.givenName lt \"C\"", true, false)]
    [InlineData("displayName co \"%_'; --\"", false, false)]
    public void Filter_evaluates_like_RFC_7644_says(string filter, bool matchesBarbara, bool matchesIntern)
    {
        var bound = ScimFilter.Bind(ScimFilter.Parse(filter), CoreSchemas.UserResourceType);

        Assert.Equal(matchesBarbara, bound.Matches(Barbara));
        Assert.Equal(matchesIntern, bound.Matches(Intern));
    }

    [Fact]
    public void Simple_eq_over_ten_thousand_users_selects_exactly_the_case_variant()
    {
        // How fast this runs is measured by the evaluation benchmarks; here only what it selects.
        var users = Enumerable.Range(0, 10_000).Select(i => new ScimResource(CoreSchemas.UserResourceType, ScimComplex.Create(
            ("id", new ScimString(i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            ("userName", new ScimString($"user{i}@example.com")),
            ("active", ScimBoolean.True)))).ToArray();
        var bound = ScimFilter.Bind(ScimFilter.Parse("userName eq \"USER9999@example.com\""), CoreSchemas.UserResourceType);

        var matches = users.Where(bound.Matches).ToArray();

        Assert.Equal("user9999@example.com", ((ScimString)Assert.Single(matches)["userName"]!).Value);
    }
}
