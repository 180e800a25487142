using System.Text;

namespace Scim.Filter;

/// <summary>A presence test: <c>title pr</c>.</summary>
public sealed class PresentExpression : FilterExpression
{
    /// <summary>Creates a presence test.</summary>
    /// <param name="path">The attribute that must have a value.</param>
    public PresentExpression(AttributePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = path;
    }

    /// <summary>The attribute that must have a value.</summary>
    public AttributePath Path { get; }

    internal override int Precedence => 3;

    /// <inheritdoc />
    public override TResult Accept<TResult>(FilterVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.VisitPresent(this);
    }

    /// <inheritdoc />
    public override bool Equals(FilterExpression? other) => other is PresentExpression present && present.Path.Equals(Path);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, 17);

    internal override void WriteTo(StringBuilder builder)
    {
        Path.WriteTo(builder);
        builder.Append(" pr");
    }
}
