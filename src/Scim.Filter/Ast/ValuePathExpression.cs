using System.Text;

namespace Scim.Filter;

/// <summary>
/// A value filter on a multi-valued (or complex) attribute: <c>emails[type eq "work" and value co "@example.com"]</c>
/// is true when one value of <see cref="Path"/> satisfies <see cref="Filter"/>, whose paths name sub-attributes.
/// Entra's form <c>emails[type eq "work"].value eq "x"</c> means the same as <c>emails[type eq "work" and value eq "x"]</c>
/// and is parsed into that canonical tree.
/// </summary>
public sealed class ValuePathExpression : FilterExpression
{
    /// <summary>Creates a value filter.</summary>
    /// <param name="path">The multi-valued or complex attribute.</param>
    /// <param name="filter">The filter over its sub-attributes; it cannot contain another value filter.</param>
    /// <exception cref="ArgumentException"><paramref name="filter"/> contains a <see cref="ValuePathExpression"/>.</exception>
    public ValuePathExpression(AttributePath path, FilterExpression filter)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(filter);
        EnsureNotNested(filter, nameof(filter));
        Path = path;
        Filter = filter;
    }

    private ValuePathExpression(AttributePath path, FilterExpression filter, bool validated)
    {
        _ = validated;
        Path = path;
        Filter = filter;
    }

    /// <summary>The multi-valued or complex attribute.</summary>
    public AttributePath Path { get; }

    /// <summary>The filter over the sub-attributes of one value.</summary>
    public FilterExpression Filter { get; }

    internal override int Precedence => 3;

    /// <summary>Creates a value filter whose inner filter the parser built (it cannot contain a value filter).</summary>
    internal static ValuePathExpression FromParsed(AttributePath path, FilterExpression filter) => new(path, filter, validated: true);

    /// <inheritdoc />
    public override TResult Accept<TResult>(FilterVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.VisitValuePath(this);
    }

    /// <inheritdoc />
    public override bool Equals(FilterExpression? other) =>
        other is ValuePathExpression valuePath && valuePath.Path.Equals(Path) && valuePath.Filter.Equals(Filter);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Filter);

    internal override void WriteTo(StringBuilder builder)
    {
        Path.WriteTo(builder);
        builder.Append('[');
        Filter.WriteTo(builder);
        builder.Append(']');
    }

    /// <summary>Throws when <paramref name="filter"/> contains a value filter, which a value filter cannot.</summary>
    internal static void EnsureNotNested(FilterExpression filter, string parameterName)
    {
        if (ContainsValuePath(filter))
        {
            throw new ArgumentException("Value filters cannot be nested.", parameterName);
        }
    }

    private static bool ContainsValuePath(FilterExpression filter) => filter switch
    {
        ValuePathExpression => true,
        LogicalExpression logical => ContainsValuePath(logical.Left) || ContainsValuePath(logical.Right),
        NotExpression not => ContainsValuePath(not.Operand),
        _ => false,
    };
}
