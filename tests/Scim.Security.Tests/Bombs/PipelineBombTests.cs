using System.Net;
using System.Text.Json;
using Scim.Schema;
using Scim.Security.Tests.Hosting;

namespace Scim.Security.Tests.Bombs;

/// <summary>
/// The same bombs through the real HTTP pipeline (TestServer, AddScim, in-memory stores, MapScim): every one is a
/// SCIM Error document, 413 when the body is over the 1 MiB limit and otherwise 400 with the parser's scimType, and
/// the service still answers a normal request afterwards.
/// </summary>
public sealed class PipelineBombTests(PipelineBombFixture fixture) : IClassFixture<PipelineBombFixture>
{
    private const string ErrorUrn = "urn:ietf:params:scim:api:messages:2.0:Error";
    private const string SearchUrn = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";
    private const string BulkUrn = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

    // System.Uri refuses strings over 65,519 characters, so longer query strings cannot even be sent.
    private const int MaxUriLength = 60_000;

    public static TheoryData<string, int> FilterBombs => StructuralBomb.Cases(StructuralBomb.Filters);

    public static TheoryData<string, int> PathBombs => StructuralBomb.Cases(StructuralBomb.Paths);

    public static TheoryData<string, int> ResourceBombs => StructuralBomb.Cases(StructuralBomb.ResourceBodies);

    public static TheoryData<string, int> PatchBombs => StructuralBomb.Cases(StructuralBomb.PatchBodies);

    private long BodyLimit => fixture.Host.Options.Limits.MaxRequestBodySize;

    [Theory]
    [MemberData(nameof(FilterBombs))]
    public async Task Filter_bombs_in_a_search_body_and_a_query_string_are_refused(string shape, int size)
    {
        var filter = StructuralBomb.Of(StructuralBomb.Filters, shape, size).Build();
        var search = "{\"schemas\":[\"" + SearchUrn + "\"],\"filter\":" + JsonSerializer.Serialize(filter) + "}";
        await ExpectRefusalAsync(HttpMethod.Post, "Users/.search", search, ScimErrorType.InvalidFilter);
        await ExpectRefusalAsync(HttpMethod.Post, ".search", search, ScimErrorType.InvalidFilter);

        var query = "Users?filter=" + Uri.EscapeDataString(filter);
        if (query.Length < MaxUriLength)
        {
            await ExpectRefusalAsync(HttpMethod.Get, query, null, ScimErrorType.InvalidFilter);
            await ExpectRefusalAsync(HttpMethod.Get, "Groups?filter=" + Uri.EscapeDataString(filter), null, ScimErrorType.InvalidFilter);
        }

        await ExpectServiceStillAnswersAsync();
    }

    [Theory]
    [MemberData(nameof(PathBombs))]
    public async Task Path_bombs_in_patch_operations_are_refused(string shape, int size)
    {
        var path = StructuralBomb.Of(StructuralBomb.Paths, shape, size).Build();
        var body = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"replace\",\"path\":"
            + JsonSerializer.Serialize(path) + ",\"value\":\"x\"}]}";
        await ExpectRefusalAsync(HttpMethod.Patch, "Users/" + fixture.UserId, body, ScimErrorType.InvalidPath);
        await ExpectRefusalAsync(HttpMethod.Patch, "Groups/" + fixture.GroupId, body, ScimErrorType.InvalidPath);
        await ExpectServiceStillAnswersAsync();
    }

    [Theory]
    [MemberData(nameof(ResourceBombs))]
    public async Task Resource_body_bombs_are_refused_on_create_and_replace(string shape, int size)
    {
        var body = StructuralBomb.Of(StructuralBomb.ResourceBodies, shape, size).Build();
        var expected = ParserBombTests.ExpectedResourceScimType(shape);
        await ExpectRefusalAsync(HttpMethod.Post, "Users", body, expected);
        await ExpectRefusalAsync(HttpMethod.Put, "Users/" + fixture.UserId, body, expected);
        await ExpectServiceStillAnswersAsync();
    }

    [Theory]
    [MemberData(nameof(PatchBombs))]
    public async Task Patch_body_bombs_are_refused(string shape, int size)
    {
        var body = StructuralBomb.Of(StructuralBomb.PatchBodies, shape, size).Build();
        var expected = shape switch
        {
            "deep-path" or "long-path" => ScimErrorType.InvalidPath,
            // The reader counts operations as it goes: past MaxPatchOperations it stops before the broken end.
            "wide-operations-unterminated" when size > fixture.Host.Options.Limits.MaxPatchOperations => ScimErrorType.InvalidValue,
            _ => ScimErrorType.InvalidSyntax,
        };
        await ExpectRefusalAsync(HttpMethod.Patch, "Users/" + fixture.UserId, body, expected);
        await ExpectServiceStillAnswersAsync();
    }

    [Theory]
    [MemberData(nameof(ResourceBombs))]
    public async Task Resource_body_bombs_inside_a_bulk_request_are_refused(string shape, int size)
    {
        var data = StructuralBomb.Of(StructuralBomb.ResourceBodies, shape, size).Build();
        // The bomb is the data of one operation: the bulk reader meets the depth, the duplicate or the broken JSON first.
        var body = "{\"schemas\":[\"" + BulkUrn + "\"],\"Operations\":[{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b1\",\"data\":" + data + "}]}";
        using var client = fixture.Host.Client();
        using var response = await SecurityTestHost.SendAsync(client, HttpMethod.Post, "Bulk", body);
        if (body.Length > fixture.Host.Options.Bulk.MaxPayloadSize)
        {
            await AssertErrorAsync(response, 413, null);
        }
        else if (shape == "wide-array-of-scalars-in-single-valued")
        {
            // Well-formed JSON with a bad resource inside: that operation fails, and the bulk answer says so.
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var operation = (await SecurityTestHost.JsonAsync(response)).GetProperty("Operations")[0];
            Assert.Equal("400", operation.GetProperty("status").GetString());
            var error = operation.GetProperty("response");
            Assert.Equal(ErrorUrn, error.GetProperty("schemas")[0].GetString());
            Assert.Equal(ScimErrorType.InvalidValue, error.GetProperty("scimType").GetString());
        }
        else
        {
            await AssertErrorAsync(response, 400, ScimErrorType.InvalidSyntax);
        }

        await ExpectServiceStillAnswersAsync();
    }

    private async Task ExpectRefusalAsync(HttpMethod method, string path, string? body, string scimType)
    {
        using var response = await SecurityTestHost.SendAsync(fixture.Client, method, path, body);
        if (body is not null && body.Length > BodyLimit)
        {
            await AssertErrorAsync(response, 413, null);
        }
        else
        {
            await AssertErrorAsync(response, 400, scimType);
        }
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, int status, string? scimType)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, "expected " + status + ", got " + (int)response.StatusCode + ": " + Excerpt(text));
        Assert.Equal("application/scim+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(text).RootElement;
        Assert.Equal(ErrorUrn, json.GetProperty("schemas")[0].GetString());
        Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("status").GetString());
        if (scimType is null)
        {
            Assert.False(json.TryGetProperty("scimType", out _), "a 413 has no scimType: " + Excerpt(text));
        }
        else
        {
            Assert.Equal(scimType, json.GetProperty("scimType").GetString());
        }

        var detail = json.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail));
        Assert.True(detail.Length <= ScimErrorAssertions.MaxDetailLength, "detail has " + detail.Length + " characters");
    }

    private async Task ExpectServiceStillAnswersAsync()
    {
        using var response = await SecurityTestHost.SendAsync(fixture.Client, HttpMethod.Get, "Users/" + fixture.UserId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Excerpt(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
