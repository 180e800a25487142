using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Scim.AspNetCore.Tests;

/// <summary>Metrics through System.Diagnostics.Metrics, traces through ActivitySource, logs without raw filter values.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Requests_errors_and_durations_are_measured_per_operation()
    {
        var measurements = new ConcurrentBag<(string Instrument, string? Operation, string? ErrorType)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ScimDiagnostics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => measurements.Add((instrument.Name, Tag(tags, "scim.operation"), Tag(tags, "scim.error_type"))));
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => measurements.Add((instrument.Name, Tag(tags, "scim.operation"), null)));
        listener.Start();

        await using var host = await ScimTestHost.StartAsync();
        await host.SendAsync(HttpMethod.Get, "Users?filter=" + Uri.EscapeDataString("userName eq \"measured@example.com\""));
        await host.SendAsync(HttpMethod.Get, "Users?filter=" + Uri.EscapeDataString("userName eq"));

        Assert.Contains(measurements, m => m.Instrument == ScimDiagnostics.RequestCounterName && m.Operation == "list");
        Assert.Contains(measurements, m => m.Instrument == ScimDiagnostics.DurationHistogramName && m.Operation == "list");
        Assert.Contains(measurements, m => m.Instrument == ScimDiagnostics.ErrorCounterName && m.ErrorType == "invalidFilter");
    }

    [Fact]
    public async Task Each_request_is_a_span_of_the_scim_activity_source()
    {
        var activities = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ScimDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);
        await using var host = await ScimTestHost.StartAsync();
        await host.CreateUserAsync("traced@example.com");
        Assert.Contains(activities, a => a.DisplayName == "SCIM create" && (string?)a.GetTagItem("scim.resource_type") == "User" && (int?)a.GetTagItem("http.response.status_code") == 201);
    }

    [Fact]
    public async Task Filter_logs_carry_the_shape_and_length_never_the_values()
    {
        await using var host = await ScimTestHost.StartAsync();
        await host.SendAsync(HttpMethod.Get, "Users?filter=" + Uri.EscapeDataString("userName eq \"private.person@example.com\" and active eq true"));
        var scimLines = host.Logs.Lines.Where(l => l.Contains("Scim.AspNetCore", StringComparison.Ordinal)).ToList();
        Assert.Contains(scimLines, l => l.Contains("(userName eq ? and active eq ?)", StringComparison.Ordinal));
        Assert.DoesNotContain(scimLines, l => l.Contains("private.person", StringComparison.Ordinal));
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }
}
