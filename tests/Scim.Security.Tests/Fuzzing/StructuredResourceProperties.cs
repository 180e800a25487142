using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Scim.Fuzz.Targets;

namespace Scim.Security.Tests.Fuzzing;

/// <summary>
/// Structure-aware fuzzing of the resource reader in the ordinary test run: documents assembled from SCIM-shaped
/// members (known attributes in any case with values of every JSON kind, extensions, readOnly attributes, schemas
/// lists, nulls) go through the same read, write and read-back harness as afl-fuzz.
/// </summary>
public sealed class StructuredResourceProperties
{
    private const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    // A fixed seed: the same documents every run, so the suite stays deterministic (afl-fuzz does the open search).
    private static readonly FSharpOption<Replay> FixedSeed = FSharpOption<Replay>.Some(new Replay(new Rnd(20260312UL, 9137UL), FSharpOption<int>.None));

    private static readonly string[] Names =
    [
        "userName", "USERNAME", "displayName", "nickName", "active", "password", "name", "emails", "phoneNumbers", "addresses",
        "roles", "groups", "x509Certificates", "entitlements", "ims", "photos", "members", "id", "externalId", "meta",
        "schemas", "profileUrl", "timezone", "locale", "preferredLanguage", "userType", "title", "unknown",
        Enterprise, Enterprise + ":department", Enterprise + ":manager", "urn:ietf:params:scim:schemas:core:2.0:User:userName",
        "urn:ietf:params:scim:schemas:core:2.0:Group:displayName", "urn:unknown:ext", "$ref", "",
    ];

    private static readonly string[] Values =
    [
        "\"x\"", "\"True\"", "\"false\"", "true", "0", "-1.5e3", "1e400", "null", "[]", "{}", "\"\"", "\"\\u0000\"", "\"\\ud83d\\ude00\"",
        "[\"a\"]", "[null]", "[[1]]", "[{\"value\":\"a@example.com\",\"type\":\"work\",\"primary\":true},{\"value\":\"b@example.com\",\"primary\":\"True\"}]",
        "[{\"value\":\"a\",\"primary\":true},{\"value\":\"b\",\"primary\":true}]", "{\"value\":\"m1\",\"$ref\":null}",
        "{\"givenName\":\"g\",\"familyName\":null,\"GIVENNAME\":\"h\"}", "{\"givenName\":\"g\",\"formatted\":\"f\",\"extra\":{\"a\":[1]}}",
        "{\"department\":\"d\",\"manager\":{\"value\":\"m\",\"displayName\":\"n\"}}", "{\"manager\":\"m\"}", "{\"manager\":[{\"value\":\"m\"}]}",
        "[\"urn:ietf:params:scim:schemas:core:2.0:User\",\"" + Enterprise + "\"]", "[\"urn:ietf:params:scim:schemas:core:2.0:Group\"]",
        "{\"resourceType\":\"User\",\"created\":\"2011-08-01T18:29:49.793Z\",\"version\":\"W/\\\"a\\\"\"}", "{\"created\":\"2011-13-01\"}",
        "\"2011-08-01T18:29:49.793Z\"", "\"https://example.com/u/1\"", "\"not a uri\"", "[{\"value\":\"g1\",\"display\":\"G\",\"type\":\"direct\"}]",
        "[{\"value\":\"MIIDQzCCAqygAwIBAgICEAAw\"}]", "[{\"value\":\"!!not base64\"}]", "[{\"value\":\"u1\",\"type\":\"User\",\"$ref\":\"https://example.com/Users/u1\"}]",
    ];

    private static Gen<string> Member() =>
        from name in Gen.Elements(Names)
        from value in Gen.Elements(Values)
        select System.Text.Json.JsonSerializer.Serialize(name) + ":" + value;

    private static Gen<string> Documents() =>
        from count in Gen.Choose(0, 8)
        from members in Gen.ArrayOf(Member(), count)
        select "{" + string.Join(',', members) + "}";

    [Fact]
    public void Generated_documents_are_read_and_round_trip_or_are_refused_with_a_scim_error()
    {
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(4000).WithQuietOnSuccess(true).WithReplay(FixedSeed),
            Prop.ForAll(Documents().ToArbitrary(), document => ResourceTarget.Run(Encoding.UTF8.GetBytes(document))));
    }
}
