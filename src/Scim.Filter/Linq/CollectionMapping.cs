using System.Linq.Expressions;

namespace Scim.Filter.Linq;

/// <summary>A multi-valued complex attribute mapped to a collection navigation, with its sub-attributes mapped on the element type.</summary>
internal sealed record CollectionMapping(AttributePath Path, LambdaExpression Collection, Type ElementType, MappingTable Elements);
