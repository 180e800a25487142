using System.Linq.Expressions;

namespace Scim.EntityFrameworkCore;

/// <summary>A multi-valued attribute kept as child rows: the navigation and the columns of its sub-attributes.</summary>
/// <param name="Selector">A lambda from the entity to the child collection.</param>
/// <param name="ChildType">The child row type.</param>
/// <param name="SubAttributes">The sub-attribute columns by lower-case name; <c>value</c> is used when a path names no sub-attribute.</param>
internal sealed record CollectionMap(LambdaExpression Selector, Type ChildType, IReadOnlyDictionary<string, ColumnMap> SubAttributes);
