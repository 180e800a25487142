using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Scim.Security.Tests.Hosting;

/// <summary>
/// An ILoggerProvider that records every log line at every level: category, message, exception text and the state of
/// every open scope, so a test can prove a secret was never written to any log.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly AsyncLocal<ImmutableScopeStack?> _scopes = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class ImmutableScopeStack(string state, ImmutableScopeStack? parent)
    {
        public string State { get; } = state;

        public ImmutableScopeStack? Parent { get; } = parent;

        public override string ToString() => Parent is null ? State : Parent + " => " + State;
    }

    private sealed class CapturingLogger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable BeginScope<TState>(TState state)
            where TState : notnull
        {
            var previous = owner._scopes.Value;
            owner._scopes.Value = new ImmutableScopeStack(DescribeState(state), previous);
            return new ScopeEnd(() => owner._scopes.Value = previous);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue(logLevel + " " + category + "[" + eventId.Id + "]: " + formatter(state, exception)
                + " | state: " + DescribeState(state) + " | scopes: " + owner._scopes.Value + " | " + exception);

        private static string DescribeState(object? state) => state switch
        {
            IEnumerable<KeyValuePair<string, object?>> pairs => string.Join("; ", pairs.Select(p => p.Key + "=" + p.Value)),
            _ => state?.ToString() ?? string.Empty,
        };
    }

    private sealed class ScopeEnd(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
