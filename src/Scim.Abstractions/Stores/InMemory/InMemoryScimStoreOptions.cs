namespace Scim.Abstractions;

/// <summary>Settings of an <see cref="InMemoryScimDatabase"/>.</summary>
public sealed class InMemoryScimStoreOptions
{
    /// <summary>The clock for <c>meta.created</c> and <c>meta.lastModified</c> (default: the system clock).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Whether a group's <c>displayName</c> is unique per tenant under <see cref="ScimUniqueness"/> (default
    /// <see langword="true"/>). Identity providers link groups by display name, and a backend that derives group
    /// ids from names (<see cref="DisplayNameScimIdGenerator"/>) needs it: two names deriving one id conflict anyway.
    /// </summary>
    public bool UniqueGroupDisplayName { get; init; } = true;
}
