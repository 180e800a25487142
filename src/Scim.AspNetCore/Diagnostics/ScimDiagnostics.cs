namespace Scim.AspNetCore;

/// <summary>The names under which the endpoints publish metrics and traces.</summary>
public static class ScimDiagnostics
{
    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name: <c>Scim.AspNetCore</c>.</summary>
    public const string MeterName = "Scim.AspNetCore";

    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: <c>Scim.AspNetCore</c>.</summary>
    public const string ActivitySourceName = "Scim.AspNetCore";

    /// <summary>Counter of SCIM requests, tagged <c>scim.operation</c>, <c>scim.resource_type</c> and <c>http.response.status_code</c>.</summary>
    public const string RequestCounterName = "scim.requests";

    /// <summary>Histogram of request durations in seconds, with the same tags.</summary>
    public const string DurationHistogramName = "scim.request.duration";

    /// <summary>Counter of error responses, tagged <c>scim.operation</c>, <c>scim.error_type</c> (the <c>scimType</c>, or <c>none</c>) and <c>http.response.status_code</c>.</summary>
    public const string ErrorCounterName = "scim.errors";
}
