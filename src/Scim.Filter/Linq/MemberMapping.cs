using System.Linq.Expressions;

namespace Scim.Filter.Linq;

/// <summary>An attribute mapped to an entity member, with an optional member holding its ScimStringNormalization normal form.</summary>
internal sealed record MemberMapping(AttributePath Path, LambdaExpression Member, LambdaExpression? Normalized);
