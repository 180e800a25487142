namespace Scim.Filter.Linq;

/// <summary>
/// Holds a comparison value the way a C# closure does, so that LINQ providers such as EF Core see a captured
/// variable and send it as a query parameter instead of inlining a constant into the SQL text.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class CapturedValue<T>(T value)
{
    /// <summary>The captured value (a field, as compiler-generated closures use).</summary>
    public readonly T Value = value;
}
