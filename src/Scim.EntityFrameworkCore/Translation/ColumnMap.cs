using System.Linq.Expressions;

namespace Scim.EntityFrameworkCore;

/// <summary>An attribute mapped to a column: the selector (entity to column), its kind, and whether it holds comparison keys (case-insensitive attributes).</summary>
/// <param name="Selector">A lambda from the entity (or child row) to the column.</param>
/// <param name="Kind">How values compare.</param>
/// <param name="Folded">Whether the column holds <c>ScimUniqueness.ComparisonKey</c> values, so literals are folded the same way.</param>
internal sealed record ColumnMap(LambdaExpression Selector, ColumnKind Kind, bool Folded);
