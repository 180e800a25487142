using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Scim.Fuzz.Targets;

namespace Scim.Security.Tests.Fuzzing;

/// <summary>
/// Structure-aware fuzzing in the ordinary test run: PATCH requests assembled from SCIM-shaped pieces (verbs in any
/// case, real and bogus paths with value filters, values of every JSON kind) go through the same harness as afl-fuzz,
/// where random bytes rarely get past the JSON reader. Any exception but a 4xx ScimException fails the property.
/// </summary>
public sealed class StructuredPatchProperties
{
    private static readonly string[] Verbs = ["add", "Add", "ADD", "replace", "Replace", "remove", "Remove", "copy", "", "move"];

    private static readonly string?[] Paths =
    [
        null, "userName", "displayName", "nickName", "active", "password", "name", "name.givenName", "name.familyName",
        "emails", "emails.value", "emails[type eq \"work\"]", "emails[type eq \"work\"].value", "emails[primary eq true].type",
        "emails[value co \"@\"]", "emails[not (type eq \"home\")].primary", "phoneNumbers[type eq \"fax\"].value",
        "addresses[type eq \"work\"].locality", "roles", "roles[value eq \"admin\"].primary", "groups", "x509Certificates",
        "members", "members[value eq \"2819c223-7f76-453a-919d-413861904646\"]", "members[value eq \"nope\"].display",
        "members[value pr]", "id", "meta", "meta.version", "schemas", "externalId",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
        "urn:ietf:params:scim:schemas:core:2.0:User:name.givenName", "unknownAttr", "emails[", "name.givenName.x", "",
    ];

    private static readonly string[] Values =
    [
        "\"x\"", "\"True\"", "\"False\"", "true", "false", "0", "-1.5", "1e400", "null", "[]", "{}", "\"\"",
        "[\"a\",\"b\"]", "[{\"value\":\"a@example.com\",\"type\":\"work\",\"primary\":true}]",
        "{\"value\":\"b@example.com\",\"type\":\"home\"}", "[{\"value\":\"2819c223-7f76-453a-919d-413861904646\"}]",
        "[{\"value\":\"new-member\",\"display\":\"New\"},{\"value\":\"new-member\"}]", "[{\"$ref\":null,\"value\":\"m1\"}]",
        "{\"emails\":[{\"value\":\"c@example.com\",\"primary\":true}],\"nickName\":\"n\"}", "{\"active\":\"False\"}",
        "{\"name\":{\"givenName\":\"g\"},\"userName\":\"u\"}", "{\"members\":[{\"value\":\"m2\"}]}", "{\"password\":\"p\"}",
        "{\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager\":\"m\"}",
        "{\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"d\",\"manager\":{\"value\":\"m\"}}}",
        "{\"id\":\"other\"}", "{\"meta\":{\"version\":\"W/\\\"x\\\"\"}}", "{\"a\":{\"b\":{\"c\":[1,[2,[3]]]}}}", "[[]]", "[null]",
        "\"{\\\"value\\\":\\\"serialized\\\"}\"", "[{\"value\":\"x\",\"primary\":\"True\"},{\"value\":\"y\",\"primary\":true}]",
    ];

    // A fixed seed: the same 3,000 requests every run, so the suite stays deterministic (afl-fuzz does the open search).
    private static readonly FSharpOption<Replay> FixedSeed = FSharpOption<Replay>.Some(new Replay(new Rnd(20260311UL, 4711UL), FSharpOption<int>.None));

    private static Gen<string> Operation() =>
        from verb in Gen.Elements(Verbs)
        from path in Gen.Elements(Paths)
        from hasValue in Gen.Elements(true, true, true, false)
        from value in Gen.Elements(Values)
        from opKey in Gen.Elements("op", "op", "Op", "OP")
        select "{\"" + opKey + "\":\"" + verb + "\""
            + (path is null ? string.Empty : ",\"path\":" + System.Text.Json.JsonSerializer.Serialize(path))
            + (hasValue ? ",\"value\":" + value : string.Empty) + "}";

    private static Gen<string> Requests() =>
        from count in Gen.Choose(1, 4)
        from operations in Gen.ArrayOf(Operation(), count)
        from schemas in Gen.Elements("[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]", "[\"urn:ietf:params:scim:api:messages:2.0:patchop\"]", "[]", "\"x\"")
        from operationsKey in Gen.Elements("Operations", "Operations", "operations")
        select "{\"schemas\":" + schemas + ",\"" + operationsKey + "\":[" + string.Join(',', operations) + "]}";

    [Fact]
    public void Generated_patch_requests_are_applied_or_refused_with_a_scim_error()
    {
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true).WithReplay(FixedSeed),
            Prop.ForAll(Requests().ToArbitrary(), request => PatchTarget.Run(Encoding.UTF8.GetBytes(request))));
    }
}
