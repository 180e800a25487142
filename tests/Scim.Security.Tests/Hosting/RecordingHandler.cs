using System.Collections.Concurrent;
using System.Text;

namespace Scim.Security.Tests.Hosting;

/// <summary>Records the status line, every header and the whole body of every response that passes through.</summary>
public sealed class RecordingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly ConcurrentQueue<string> _responses = new();

    public IReadOnlyCollection<string> Responses => _responses;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var text = new StringBuilder();
        text.Append(request.Method).Append(' ').Append(request.RequestUri?.AbsolutePath).Append(" -> ").Append((int)response.StatusCode)
            .Append(' ').AppendLine(response.ReasonPhrase);
        foreach (var header in response.Headers.Concat(response.Content.Headers).Concat(response.TrailingHeaders))
        {
            text.Append(header.Key).Append(": ").AppendLine(string.Join(", ", header.Value));
        }

        text.AppendLine().Append(await response.Content.ReadAsStringAsync(cancellationToken));
        _responses.Enqueue(text.ToString());
        return response;
    }
}
