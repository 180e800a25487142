using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Scim.AspNetCore;

/// <summary>The meter instruments and the activity source of the endpoints.</summary>
internal sealed class ScimTelemetry
{
    public static readonly ActivitySource ActivitySource = new(ScimDiagnostics.ActivitySourceName);

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _errors;

    public ScimTelemetry(IMeterFactory? meterFactory)
    {
        var meter = meterFactory?.Create(ScimDiagnostics.MeterName) ?? new Meter(ScimDiagnostics.MeterName);
        _requests = meter.CreateCounter<long>(ScimDiagnostics.RequestCounterName, "{request}", "SCIM requests handled.");
        _duration = meter.CreateHistogram<double>(ScimDiagnostics.DurationHistogramName, "s", "Duration of SCIM requests.");
        _errors = meter.CreateCounter<long>(ScimDiagnostics.ErrorCounterName, "{error}", "SCIM error responses by scimType.");
    }

    public void Record(string operation, string? resourceType, int status, string? scimType, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { "scim.operation", operation },
            { "scim.resource_type", resourceType ?? "none" },
            { "http.response.status_code", status },
        };
        _requests.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
        if (status >= 400)
        {
            _errors.Add(1, new TagList
            {
                { "scim.operation", operation },
                { "scim.error_type", scimType ?? "none" },
                { "http.response.status_code", status },
            });
        }
    }
}
