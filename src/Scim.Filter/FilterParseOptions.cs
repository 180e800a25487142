namespace Scim.Filter;

/// <summary>
/// Limits and leniency for <see cref="ScimFilter.Parse"/> and <see cref="ScimPath.Parse"/>. Limits are checked before
/// any recursive parsing; each has a safe default and a hard ceiling that keeps recursion bounded.
/// </summary>
public sealed class FilterParseOptions
{
    /// <summary>The highest <see cref="MaxNestingDepth"/> accepted.</summary>
    public const int NestingDepthCeiling = 256;

    /// <summary>The highest <see cref="MaxComparisons"/> accepted.</summary>
    public const int ComparisonsCeiling = 1000;

    private readonly int _maxLength = 8192;
    private readonly int _maxPathLength = 1024;
    private readonly int _maxNestingDepth = 32;
    private readonly int _maxComparisons = 100;

    /// <summary>The defaults: 8192 characters, 1024 for paths, depth 32, 100 comparisons, quoted strings only.</summary>
    public static FilterParseOptions Default { get; } = new();

    /// <summary>The longest filter accepted, in characters (default 8192).</summary>
    public int MaxLength
    {
        get => _maxLength;
        init => _maxLength = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>The longest attribute path (<see cref="ScimPath"/>) accepted, in characters (default 1024).</summary>
    public int MaxPathLength
    {
        get => _maxPathLength;
        init => _maxPathLength = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>
    /// The deepest nesting accepted (default 32, at most <see cref="NestingDepthCeiling"/>). Each open parenthesis,
    /// each open bracket and each <c>not</c> before a parenthesis counts one level.
    /// </summary>
    public int MaxNestingDepth
    {
        get => _maxNestingDepth;
        init => _maxNestingDepth = value is >= 1 and <= NestingDepthCeiling ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>The most attribute comparisons (including <c>pr</c>) in one filter (default 100, at most <see cref="ComparisonsCeiling"/>).</summary>
    public int MaxComparisons
    {
        get => _maxComparisons;
        init => _maxComparisons = value is >= 1 and <= ComparisonsCeiling ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>
    /// When <see langword="true"/>, a bare word in value position that is not <c>true</c>, <c>false</c>, <c>null</c>
    /// or a number is read as a string (<c>externalId eq jexample</c>, as some published examples write it). Off by
    /// default: such a value is an <c>invalidFilter</c> error that says it must be quoted.
    /// </summary>
    public bool AllowUnquotedStrings { get; init; }
}
