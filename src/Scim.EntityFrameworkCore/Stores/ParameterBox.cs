namespace Scim.EntityFrameworkCore;

/// <summary>Holds a literal so that EF Core sees a captured variable and sends it as a parameter.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="value">The value.</param>
internal sealed class ParameterBox<T>(T value)
{
    /// <summary>The value.</summary>
    public T Value { get; } = value;
}
