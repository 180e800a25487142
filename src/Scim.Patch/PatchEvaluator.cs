using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// Applies a <see cref="PatchRequest"/> to a resource, atomically: every operation in order on immutable values, then
/// mutability and schema checks; any failure throws a <see cref="ScimException"/> and nothing is half-applied (the
/// input is never modified in any case).
/// </summary>
public static class PatchEvaluator
{
    /// <summary>Applies a request.</summary>
    /// <param name="current">The resource as stored. Attributes in <see cref="PatchEvaluationOptions.DeferredAttributes"/> need not be loaded.</param>
    /// <param name="request">The parsed request (for the same resource type).</param>
    /// <param name="options">
    /// The options of this evaluation; the request's own options when <see langword="null"/>. Only
    /// <see cref="PatchEvaluationOptions.DeferredAttributes"/> is read from here (compatibility and limits were applied
    /// when the request was parsed): leave out an attribute that <see cref="PatchRequest.RequiresLoading"/> asked for.
    /// </param>
    /// <returns>The patched resource and what changed.</returns>
    /// <exception cref="ScimException">An operation cannot apply: <c>noTarget</c>, <c>mutability</c>, <c>invalidValue</c> (400).</exception>
    /// <exception cref="ArgumentException">The resource and the request are of different resource types.</exception>
    /// <exception cref="InvalidOperationException">An attribute the request needs loaded is still deferred (a caller bug, not a client error).</exception>
    public static PatchResult Apply(ScimResource current, PatchRequest request, PatchEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(request);
        options ??= request.Options;
        if (!string.Equals(current.ResourceType.Schema.Id, request.ResourceType.Schema.Id, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The request was parsed for '{request.ResourceType.Name}', not '{current.ResourceType.Name}'.", nameof(request));
        }

        if (request.AttributesRequiringLoading.Count > 0)
        {
            foreach (var attribute in request.AttributesRequiringLoading)
            {
                if (options.DeferredAttributes.Contains(attribute))
                {
                    throw new InvalidOperationException(
                        $"The request needs the current values of '{attribute}' (PatchRequest.RequiresLoading): load them and evaluate with options that do not defer it.");
                }
            }
        }

        return new PatchSession(current, request, options).Run();
    }
}
