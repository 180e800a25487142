using Scim.Patch;
using Scim.Schema;

namespace Scim.Fuzz.Targets;

/// <summary>
/// Reads the input as a PATCH request for a User and for a Group, with client compatibility on and off, and applies
/// it to a fixed, fully loaded user and group. A refusal must be a <see cref="ScimException"/>; an accepted result
/// must write and read back equal, and the input document must be unchanged (evaluation works on copies).
/// </summary>
internal static class PatchTarget
{
    private const string UserJson = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
         "id":"2819c223-7f76-453a-919d-413861904646","externalId":"bjensen","userName":"bjensen@example.com",
         "name":{"formatted":"Ms. Barbara J Jensen III","familyName":"Jensen","givenName":"Barbara"},
         "displayName":"Babs Jensen","nickName":"Babs","title":"Tour Guide","userType":"Employee","active":true,
         "emails":[{"value":"bjensen@example.com","type":"work","primary":true},{"value":"babs@jensen.org","type":"home"}],
         "phoneNumbers":[{"value":"555-555-5555","type":"work"},{"value":"555-555-4444","type":"mobile"}],
         "addresses":[{"type":"work","streetAddress":"100 Universal City Plaza","locality":"Hollywood","region":"CA","postalCode":"91608","country":"USA","primary":true}],
         "roles":[{"value":"admin","primary":true}],
         "groups":[{"value":"e9e30dba-f08f-4109-8486-d5c6a331660a","display":"Tour Guides","type":"direct"}],
         "x509Certificates":[{"value":"MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAwTjELMAkGA1UEBhMCVVMx"}],
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"701984","department":"Tour Operations",
           "manager":{"value":"26118915-6090-4610-87e4-49d8ca9f808d","displayName":"John Smith"}},
         "meta":{"resourceType":"User","created":"2010-01-23T04:56:22Z","lastModified":"2011-05-13T04:42:34Z","version":"W/\"3694e05e9dff591\""}}
        """;

    private const string GroupJson = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"e9e30dba-f08f-4109-8486-d5c6a331660a",
         "externalId":"tour-guides","displayName":"Tour Guides",
         "members":[{"value":"2819c223-7f76-453a-919d-413861904646","display":"Babs Jensen","type":"User"},
                    {"value":"902c246b-6245-4190-8e05-00816be7344a","display":"Mandy Pepperidge","type":"User"}],
         "meta":{"resourceType":"Group","created":"2010-01-23T04:56:22Z","lastModified":"2011-05-13T04:42:34Z","version":"W/\"3694e05e9dff592\""}}
        """;

    private static readonly ScimResource User = ScimJsonReader.ReadResource(UserJson, CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);
    private static readonly ScimResource Group = ScimJsonReader.ReadResource(GroupJson, CoreSchemas.GroupResourceType, ScimJsonReadOptions.Stored);
    private static readonly byte[] PristineUser = ScimJsonWriter.SerializeResource(User, ScimJsonWriteOptions.Storage);
    private static readonly byte[] PristineGroup = ScimJsonWriter.SerializeResource(Group, ScimJsonWriteOptions.Storage);

    // Everything is loaded, so nothing is deferred: the evaluator sees the whole member list like a store that loaded it.
    private static readonly PatchEvaluationOptions Compatible = new() { DeferredAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) };
    private static readonly PatchEvaluationOptions Strict = new() { DeferredAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase), ClientCompatibility = false, IgnoreUnknownAttributes = false };

    public static void Run(ReadOnlySpan<byte> input)
    {
        ParseAndApply(input, User, PristineUser, Compatible);
        ParseAndApply(input, Group, PristineGroup, Compatible);
        ParseAndApply(input, User, PristineUser, Strict);
        ParseAndApply(input, Group, PristineGroup, Strict);
    }

    private static void ParseAndApply(ReadOnlySpan<byte> input, ScimResource current, byte[] pristine, PatchEvaluationOptions options)
    {
        var type = current.ResourceType;
        PatchResult result;
        try
        {
            var request = PatchRequest.Parse(input, type, options);
            result = PatchEvaluator.Apply(current, request, options);
        }
        catch (ScimException refused)
        {
            FuzzOracle.ExpectClientError(refused);
            CheckUnchanged(current, pristine);
            return;
        }

        CheckUnchanged(current, pristine);
        FuzzOracle.Check(result.Resource.ResourceType == type, "PATCH changed the resource type");
        _ = ScimJsonWriter.SerializeResource(result.Resource, ScimJsonWriteOptions.Response);
        var stored = ScimJsonWriter.SerializeResource(result.Resource, ScimJsonWriteOptions.Storage);
        var readBack = FuzzOracle.MustSucceed(() => ScimJsonReader.ReadResource(stored, type, ScimJsonReadOptions.Stored), "the stored form of a patched " + type.Name);
        FuzzOracle.Check(readBack.Equals(result.Resource), "a patched " + type.Name + " reads back from its stored form to a different document");
    }

    private static void CheckUnchanged(ScimResource current, byte[] pristine) =>
        FuzzOracle.Check(
            ScimJsonWriter.SerializeResource(current, ScimJsonWriteOptions.Storage).AsSpan().SequenceEqual(pristine),
            "evaluating a PATCH changed the input document");
}
