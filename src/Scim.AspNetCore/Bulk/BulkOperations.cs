using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>
/// <c>POST /Bulk</c> (RFC 7644 §3.7). Operations run one by one through the same code as the single-resource
/// endpoints, in request order except that an operation referring to a <c>bulkId</c> runs after the operation that
/// creates it. <c>bulkId:x</c> is resolved in paths and in any string value of <c>data</c>. An unknown, failed or
/// circular reference fails that operation with 409 <c>invalidValue</c>; after <c>failOnErrors</c> errors the rest is
/// not run. Paths must name a served resource type (<c>/Users</c>, <c>/Users/{id}</c>): anything that tries to leave
/// the base URL is refused. Size limits are 413 naming <c>Bulk.maxPayloadSize</c> or <c>Bulk.maxOperations</c>.
/// </summary>
internal static class BulkOperations
{
    private const string BulkResponseUrn = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";

    public static async Task<ScimResult> ExecuteAsync(ScimRequest request)
    {
        var bulk = request.Options.Bulk;
        if (!bulk.Enabled)
        {
            throw new ScimException(501, null, "Bulk operations are not supported by this service provider.");
        }

        var body = await RequestBodyReader.ReadAsync(request.Http, bulk.MaxPayloadSize, "Bulk.maxPayloadSize").ConfigureAwait(false);
        var (operations, failOnErrors) = BulkRequestReader.Read(body, request.Options);
        var run = new BulkRun(request, operations, failOnErrors);
        await run.RunAsync().ConfigureAwait(false);
        return ScimResult.ForBody(200, ScimResponseWriter.Serialize(writer => Write(writer, run)));
    }

    private static void Write(Utf8JsonWriter writer, BulkRun run)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("schemas"u8);
        writer.WriteStartArray();
        writer.WriteStringValue(BulkResponseUrn);
        writer.WriteEndArray();
        writer.WritePropertyName("Operations"u8);
        writer.WriteStartArray();
        foreach (var operation in run.Operations)
        {
            if (!run.Outcomes.TryGetValue(operation.Index, out var outcome))
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("method"u8, operation.Method);
            if (operation.BulkId is not null)
            {
                writer.WriteString("bulkId"u8, operation.BulkId);
            }

            if (outcome.Result.ETag is not null)
            {
                writer.WriteString("version"u8, outcome.Result.ETag);
            }

            if (outcome.Location is not null)
            {
                writer.WriteString("location"u8, outcome.Location);
            }

            writer.WriteString("status"u8, outcome.Result.Status.ToString(CultureInfo.InvariantCulture));
            if (outcome.Result.Error is not null)
            {
                writer.WritePropertyName("response"u8);
                ScimMessageWriter.WriteError(writer, outcome.Result.Error);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private sealed record Outcome(ScimResult Result, string? Location, string? CreatedId);

    private sealed class BulkRun(ScimRequest request, IReadOnlyList<BulkOperation> operations, int? failOnErrors)
    {
        private readonly Dictionary<string, BulkOperation> _byBulkId = new(StringComparer.Ordinal);
        private readonly HashSet<int> _inProgress = [];
        private int _errors;

        public IReadOnlyList<BulkOperation> Operations { get; } = operations;

        public Dictionary<int, Outcome> Outcomes { get; } = [];

        private bool Stopped => failOnErrors is { } limit && _errors >= limit;

        public async Task RunAsync()
        {
            foreach (var operation in Operations)
            {
                if (operation.BulkId is not null && !_byBulkId.TryAdd(operation.BulkId, operation))
                {
                    throw ScimException.InvalidValue("Two operations of the BulkRequest use the same bulkId.");
                }
            }

            foreach (var operation in Operations)
            {
                if (Stopped)
                {
                    break;
                }

                await RunAsync(operation).ConfigureAwait(false);
            }
        }

        private async Task<Outcome> RunAsync(BulkOperation operation)
        {
            if (Outcomes.TryGetValue(operation.Index, out var done))
            {
                return done;
            }

            if (!_inProgress.Add(operation.Index))
            {
                return Fail(operation, new ScimException(409, ScimErrorType.InvalidValue, "The BulkRequest has a circular bulkId reference."));
            }

            try
            {
                var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var reference in operation.References)
                {
                    if (!_byBulkId.TryGetValue(reference, out var creator))
                    {
                        return Fail(operation, new ScimException(409, ScimErrorType.InvalidValue, "The operation refers to a bulkId that no operation of the request defines."));
                    }

                    if (creator.Index == operation.Index || _inProgress.Contains(creator.Index))
                    {
                        return Fail(operation, new ScimException(409, ScimErrorType.InvalidValue, "The BulkRequest has a circular bulkId reference."));
                    }

                    var dependency = await RunAsync(creator).ConfigureAwait(false);
                    if (dependency.CreatedId is null)
                    {
                        return Fail(operation, new ScimException(409, ScimErrorType.InvalidValue, "The operation refers to a bulkId whose operation failed or created nothing."));
                    }

                    resolved[reference] = dependency.CreatedId;
                }

                if (Stopped)
                {
                    return new Outcome(ScimResult.NoContent(), null, null);
                }

                return await ExecuteAsync(operation, resolved).ConfigureAwait(false);
            }
            finally
            {
                _inProgress.Remove(operation.Index);
            }
        }

        private async Task<Outcome> ExecuteAsync(BulkOperation operation, Dictionary<string, string> resolved)
        {
            try
            {
                var path = Substitute(operation.Path, resolved);
                var (type, id) = ParsePath(path, operation.Method);
                var data = operation.Data is null ? null : Encoding.UTF8.GetBytes(Substitute(operation.Data, resolved).ToJsonString());
                var projection = ScimProjection.Default(type);
                ScimResult result;
                switch (operation.Method)
                {
                    case "POST":
                        if (operation.BulkId is null)
                        {
                            throw ScimException.InvalidSyntax("A bulk POST needs a 'bulkId'.");
                        }

                        result = await ResourceOperations.CreateAsync(request, type, RequireData(data), projection).ConfigureAwait(false);
                        break;
                    case "PUT":
                        result = await ResourceOperations.ReplaceAsync(request, type, id!, RequireData(data), operation.Version, projection).ConfigureAwait(false);
                        break;
                    case "PATCH":
                        result = await PatchOperations.PatchAsync(request, type, id!, RequireData(data), operation.Version, projection).ConfigureAwait(false);
                        break;
                    case "DELETE":
                        result = await ResourceOperations.DeleteAsync(request, type, id!, operation.Version).ConfigureAwait(false);
                        break;
                    default:
                        throw ScimException.InvalidValue("A bulk operation's method must be POST, PUT, PATCH or DELETE.");
                }

                var createdId = operation.Method == "POST" ? result.Resource?.Id : id;
                var location = createdId is null || operation.Method == "DELETE" ? null : request.LocationOf(type, createdId);
                var outcome = new Outcome(result, location, createdId);
                Outcomes[operation.Index] = outcome;
                return outcome;
            }
            catch (ScimException ex)
            {
                return Fail(operation, ex);
            }
            catch (InvalidOperationException ex)
            {
                // A string in data that System.Text.Json cannot transcode (a lone surrogate escape).
                return Fail(operation, ScimException.InvalidSyntax("The operation's data contains a string that is not valid Unicode.", ex));
            }
        }

        private Outcome Fail(BulkOperation operation, ScimException error)
        {
            _errors++;
            var outcome = new Outcome(ScimResult.ForError(error), null, null);
            Outcomes[operation.Index] = outcome;
            return outcome;
        }

        private static byte[] RequireData(byte[]? data) => data ?? throw ScimException.InvalidSyntax("This bulk operation needs 'data'.");

        private (ResourceTypeDefinition Type, string? Id) ParsePath(string path, string method)
        {
            // Only "/{Endpoint}" or "/{Endpoint}/{id}" relative to the base URL: no scheme, host, query, dot segments or escapes.
            if (path.Length < 2 || path[0] != '/' || path.Contains("//", StringComparison.Ordinal) || path.Contains("..", StringComparison.Ordinal)
                || path.AsSpan().IndexOfAny("?#\\%") >= 0)
            {
                throw ScimException.InvalidValue("A bulk operation's path must be a resource path relative to the SCIM base URL, such as '/Users' or '/Users/{id}'.");
            }

            var segments = path[1..].Split('/');
            var type = request.Runtime.ServedTypes.FirstOrDefault(t => segments[0].Equals(t.Endpoint.AsSpan(1), StringComparison.OrdinalIgnoreCase))
                ?? throw ScimException.InvalidValue("A bulk operation's path must name a resource type this service provider serves.");
            var wantsId = method != "POST";
            if (segments.Length != (wantsId ? 2 : 1) || (wantsId && segments[1].Length == 0))
            {
                throw ScimException.InvalidValue(wantsId
                    ? "A bulk PUT, PATCH or DELETE needs a path such as '/Users/{id}'."
                    : "A bulk POST needs a path such as '/Users'.");
            }

            return (type, wantsId ? segments[1] : null);
        }

        private static string Substitute(string text, Dictionary<string, string> resolved)
        {
            foreach (var (bulkId, id) in resolved)
            {
                text = text.Replace(BulkRequestReader.BulkIdPrefix + bulkId, id, StringComparison.Ordinal);
            }

            return text;
        }

        private static JsonNode Substitute(JsonNode node, Dictionary<string, string> resolved)
        {
            if (resolved.Count == 0)
            {
                return node;
            }

            switch (node)
            {
                case JsonObject obj:
                    foreach (var name in obj.Select(p => p.Key).ToList())
                    {
                        if (obj[name] is { } child && ReplaceChild(child, resolved) is var replacement && !ReferenceEquals(replacement, child))
                        {
                            obj[name] = replacement;
                        }
                    }

                    return obj;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (array[i] is { } child && ReplaceChild(child, resolved) is var replacement && !ReferenceEquals(replacement, child))
                        {
                            array[i] = replacement;
                        }
                    }

                    return array;
                default:
                    return node;
            }
        }

        private static JsonNode ReplaceChild(JsonNode child, Dictionary<string, string> resolved)
        {
            if (child is JsonValue value && value.TryGetValue<string>(out var text) && text.StartsWith(BulkRequestReader.BulkIdPrefix, StringComparison.Ordinal)
                && resolved.TryGetValue(text[BulkRequestReader.BulkIdPrefix.Length..], out var id))
            {
                return JsonValue.Create(id);
            }

            return Substitute(child, resolved);
        }
    }
}
