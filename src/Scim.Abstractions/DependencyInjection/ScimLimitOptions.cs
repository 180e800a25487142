namespace Scim.Abstractions;

/// <summary>
/// The bounds on the work one request may cause (RELIABILITY.md). Every limit is enforced by the endpoints and
/// advertised truthfully in <c>/ServiceProviderConfig</c>.
/// </summary>
public sealed class ScimLimitOptions
{
    /// <summary>The longest filter accepted, in characters, in query strings, <c>/.search</c> and PATCH value paths (default 8,192).</summary>
    public int MaxFilterLength { get; set; } = 8192;

    /// <summary>The deepest filter nesting accepted (parentheses, brackets, <c>not</c>), checked before any recursion (default 32).</summary>
    public int MaxFilterNestingDepth { get; set; } = 32;

    /// <summary>The most comparisons in one filter (default 100).</summary>
    public int MaxFilterComparisons { get; set; } = 100;

    /// <summary>The longest attribute path (PATCH <c>path</c>, <c>sortBy</c>, <c>attributes</c> items), in characters (default 1,024).</summary>
    public int MaxPathLength { get; set; } = 1024;

    /// <summary>The most operations in one PATCH request (default 1,000).</summary>
    public int MaxPatchOperations { get; set; } = 1000;

    /// <summary>The most values (for example members) in one PATCH request, over all operations (default 10,000).</summary>
    public int MaxValuesPerRequest { get; set; } = 10_000;

    /// <summary>The page size when a query names no <c>count</c> (default 100).</summary>
    public int DefaultPageSize { get; set; } = 100;

    /// <summary>The largest page a query may ask for; a larger <c>count</c> is lowered to it (default 1,000, advertised as <c>filter.maxResults</c>).</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>The largest request body accepted on SCIM routes other than <c>/Bulk</c>, in bytes; above it the answer is 413 (default 1 MiB).</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>The deepest JSON nesting accepted in request bodies (default 32).</summary>
    public int MaxJsonDepth { get; set; } = 32;

    internal IEnumerable<string> Validate()
    {
        if (MaxFilterLength < 1)
        {
            yield return $"{nameof(MaxFilterLength)} must be at least 1.";
        }

        if (MaxFilterNestingDepth is < 1 or > 256)
        {
            yield return $"{nameof(MaxFilterNestingDepth)} must be between 1 and 256.";
        }

        if (MaxFilterComparisons is < 1 or > 1000)
        {
            yield return $"{nameof(MaxFilterComparisons)} must be between 1 and 1000.";
        }

        if (MaxPathLength < 1)
        {
            yield return $"{nameof(MaxPathLength)} must be at least 1.";
        }

        if (MaxPatchOperations < 1)
        {
            yield return $"{nameof(MaxPatchOperations)} must be at least 1.";
        }

        if (MaxValuesPerRequest < 1)
        {
            yield return $"{nameof(MaxValuesPerRequest)} must be at least 1.";
        }

        if (MaxPageSize < 1)
        {
            yield return $"{nameof(MaxPageSize)} must be at least 1.";
        }

        if (DefaultPageSize < 1 || DefaultPageSize > MaxPageSize)
        {
            yield return $"{nameof(DefaultPageSize)} must be between 1 and {nameof(MaxPageSize)}.";
        }

        if (MaxRequestBodySize < 1024)
        {
            yield return $"{nameof(MaxRequestBodySize)} must be at least 1024 bytes.";
        }

        if (MaxJsonDepth is < 4 or > 256)
        {
            yield return $"{nameof(MaxJsonDepth)} must be between 4 and 256.";
        }
    }
}
