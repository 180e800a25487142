using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>
/// Runs one SCIM operation: resolves the tenant, authenticates, calls the handler, writes the result, and turns
/// every failure into a SCIM Error document. A <see cref="ScimException"/> is the client's error; anything else is
/// logged and answered 500 without internals. Records metrics and a trace span for every request.
/// </summary>
internal static partial class ScimRequestExecutor
{
    public static async Task ExecuteAsync(
        HttpContext http,
        ScimEndpointRuntime runtime,
        string operation,
        ResourceTypeDefinition? resourceType,
        bool authenticate,
        Func<ScimRequest, Task<ScimResult>> handler)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = ScimTelemetry.ActivitySource.StartActivity("SCIM " + operation);
        activity?.SetTag("scim.operation", operation);
        activity?.SetTag("scim.resource_type", resourceType?.Name);
        var status = 500;
        string? scimType = null;
        try
        {
            var resolver = http.RequestServices.GetService<IScimTenantResolver>() ?? runtime.DefaultTenantResolver;
            var tenant = await resolver.ResolveAsync(http).ConfigureAwait(false)
                ?? throw ScimException.NotFound("No SCIM service provider at this address.");
            activity?.SetTag("scim.tenant", tenant.Id);
            if (authenticate)
            {
                await ScimRequestAuthenticator.AuthenticateAsync(http, tenant, runtime).ConfigureAwait(false);
            }

            var result = await handler(new ScimRequest(http, runtime, tenant)).ConfigureAwait(false);
            status = result.Status;
            scimType = result.Error?.ScimType;
            await ScimResponseWriter.WriteAsync(http, result).ConfigureAwait(false);
        }
        catch (ScimException ex)
        {
            status = ex.Status;
            scimType = ex.ScimType;
            LogClientError(runtime.Logger, operation, ex.Status, ex.ScimType ?? "none");
            await ScimResponseWriter.WriteErrorAsync(http, ex).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex)
        {
            var error = ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? ScimException.PayloadTooLarge("The request body exceeds the server's limit.")
                : ScimException.InvalidSyntax("The request could not be read.");
            status = error.Status;
            scimType = error.ScimType;
            await ScimResponseWriter.WriteErrorAsync(http, error).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            status = 499;
        }
#pragma warning disable CA1031 // Any other failure is a bug: log it, answer 500 without internals.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            status = 500;
            LogServerError(runtime.Logger, ex, operation);
            activity?.SetStatus(ActivityStatusCode.Error);
            await ScimResponseWriter.WriteErrorAsync(http, new ScimException(500, null, "The server could not complete the request.")).ConfigureAwait(false);
        }
        finally
        {
            activity?.SetTag("http.response.status_code", status);
            runtime.Telemetry.Record(operation, resourceType?.Name, status, scimType, Stopwatch.GetElapsedTime(started));
        }
    }

    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "SCIM {Operation} refused with {Status} ({ScimType}).")]
    private static partial void LogClientError(ILogger logger, string operation, int status, string scimType);

    [LoggerMessage(EventId = 5000, Level = LogLevel.Error, Message = "SCIM {Operation} failed with an unexpected error.")]
    private static partial void LogServerError(ILogger logger, Exception exception, string operation);
}
