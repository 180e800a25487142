using System.Collections.Frozen;

namespace Scim.Patch;

/// <summary>How <c>PatchEvaluator</c> applies a request.</summary>
public sealed class PatchEvaluationOptions
{
    private readonly IReadOnlySet<string> _deferredAttributes = new[] { "members" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The defaults: client-compatibility on, members deferred.</summary>
    public static PatchEvaluationOptions Default { get; } = new();

    /// <summary>
    /// Multi-valued attributes whose current values the caller did NOT load into the resource (default: Group
    /// <c>members</c>). Operations on them are turned into <see cref="MultiValuedAttributeDelta"/>s without reading
    /// the current values; an operation that cannot be expressed that way (for example removing
    /// <c>members[display co "x"]</c>) makes the evaluator ask for a full load (see <c>PatchRequest.RequiresLoading</c>).
    /// </summary>
    /// <remarks>
    /// Names compare case-insensitively. The set is copied into a frozen set when the options are made: the evaluator
    /// asks it about every operation's attribute, and a later change to the set passed in does not change these options.
    /// </remarks>
    public IReadOnlySet<string> DeferredAttributes
    {
        get => _deferredAttributes;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _deferredAttributes = value.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// Whether the client quirks of INTEROP.md items 1 to 10 are accepted (default <see langword="true"/>). Off, the
    /// evaluator follows RFC 7644 §3.5.2 to the letter.
    /// </summary>
    public bool ClientCompatibility { get; init; } = true;

    /// <summary>
    /// Whether operations on attributes the resource type does not define are ignored instead of failing the whole
    /// request with <c>invalidPath</c> (default <see langword="true"/>, INTEROP.md item 7).
    /// </summary>
    public bool IgnoreUnknownAttributes { get; init; } = true;

    /// <summary>The maximum number of operations in one request (default 1,000); more is 400 <c>invalidValue</c> naming the limit.</summary>
    public int MaxOperations { get; init; } = 1000;

    /// <summary>The maximum number of values (for example members) in one request, over all operations (default 10,000); more is 400 <c>invalidValue</c> naming the limit.</summary>
    public int MaxValues { get; init; } = 10_000;
}
