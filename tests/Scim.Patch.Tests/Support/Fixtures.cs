using System.Text;
using Scim.Schema;

namespace Scim.Patch.Tests.Support;

/// <summary>Resources and helpers shared by the PATCH tests.</summary>
internal static class Fixtures
{
    public const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    public static ResourceTypeDefinition UserType => CoreSchemas.UserResourceType;

    public static ResourceTypeDefinition GroupType => CoreSchemas.GroupResourceType;

    public static PatchEvaluationOptions Strict { get; } = new() { ClientCompatibility = false, IgnoreUnknownAttributes = false };

    public static PatchEvaluationOptions NothingDeferred { get; } = new() { DeferredAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) };

    public const string UserJson = """
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
          "id": "2819c223-7f76-453a-919d-413861904646",
          "externalId": "bjensen",
          "userName": "bjensen@example.com",
          "name": { "formatted": "Ms. Barbara J Jensen III", "familyName": "Jensen", "givenName": "Barbara" },
          "displayName": "Babs Jensen",
          "nickName": "Babs",
          "active": true,
          "emails": [
            { "value": "bjensen@example.com", "type": "work", "primary": true },
            { "value": "babs@jensen.org", "type": "home" }
          ],
          "phoneNumbers": [ { "value": "555-555-8377", "type": "work" } ],
          "addresses": [ { "type": "work", "streetAddress": "100 Universal City Plaza", "locality": "Hollywood", "primary": true } ],
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "employeeNumber": "701984",
            "department": "Tour Operations",
            "manager": { "value": "26118915-6090-4610-87e4-49d8ca9f808d", "displayName": "John Smith" }
          },
          "meta": { "resourceType": "User", "created": "2010-01-23T04:56:22Z", "lastModified": "2011-05-13T04:42:34Z", "version": "W/\"3694e05e9dff590\"" }
        }
        """;

    public const string GroupJson = """
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
          "id": "abf4dd94-a4c0-4f67-89c9-76b03340cb9b",
          "displayName": "Tour Guides",
          "meta": { "resourceType": "Group", "version": "W/\"1\"" }
        }
        """;

    public static ScimResource User() => ScimJsonReader.ReadResource(UserJson, UserType, ScimJsonReadOptions.Stored);

    public static ScimResource Group() => ScimJsonReader.ReadResource(GroupJson, GroupType, ScimJsonReadOptions.Stored);

    /// <summary>The group with its members loaded.</summary>
    public static ScimResource GroupWithMembers(params string[] memberIds) =>
        Group().With("members", memberIds.Length == 0 ? null : ScimMultiValue.Create(memberIds.Select(Member)));

    public static ScimComplex Member(string id) => ScimComplex.Create(("value", new ScimString(id)));

    /// <summary>A PatchOp body with the given operations (JSON text of each).</summary>
    public static string Body(params string[] operations) =>
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + string.Join(",", operations) + "]}";

    public static PatchRequest ParseUser(string body, PatchEvaluationOptions? options = null) => PatchRequest.Parse(body, UserType, options);

    public static PatchRequest ParseGroup(string body, PatchEvaluationOptions? options = null) => PatchRequest.Parse(body, GroupType, options);

    public static PatchResult PatchUser(string body, PatchEvaluationOptions? options = null) => PatchEvaluator.Apply(User(), ParseUser(body, options));

    public static PatchResult PatchUser(ScimResource user, string body, PatchEvaluationOptions? options = null) => PatchEvaluator.Apply(user, ParseUser(body, options));

    public static string Json(ScimResource resource) => ScimJsonWriter.SerializeResourceToString(resource, ScimJsonWriteOptions.Storage);

    public static ScimException Fails(Action action)
    {
        var exception = Assert.Throws<ScimException>(action);
        Assert.Equal(400, exception.Status);
        return exception;
    }

    public static string? Text(ScimValue? value) => value switch
    {
        ScimString s => s.Value,
        ScimReference r => r.Value,
        null => null,
        _ => value.ToString(),
    };

    public static ScimComplex EnterpriseOf(ScimResource resource) => resource.GetExtension(Enterprise) ?? ScimComplex.Empty;

    public static ScimMultiValue List(ScimResource resource, string name) => resource[name] as ScimMultiValue ?? ScimMultiValue.Empty;

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static IEnumerable<string> Keys(IEnumerable<ScimComplex> values) => values.Select(v => Text(v["value"])!);
}
