namespace Scim.Abstractions;

/// <summary>The kinds of <see cref="InMemorySortKey"/>, in the order mixed kinds sort.</summary>
internal enum InMemorySortKeyKind
{
    /// <summary>No value.</summary>
    None,

    /// <summary>A boolean (false before true).</summary>
    Boolean,

    /// <summary>An integer or decimal.</summary>
    Number,

    /// <summary>An instant, as UTC ticks.</summary>
    DateTime,

    /// <summary>A string.</summary>
    String,
}
