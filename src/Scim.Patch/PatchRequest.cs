using System.Text;
using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// A parsed and validated SCIM PATCH request (RFC 7644 §3.5.2, <c>urn:ietf:params:scim:api:messages:2.0:PatchOp</c>):
/// every path parsed and resolved against the resource type, every value typed by its target attribute, client quirks
/// normalised (see <see cref="PatchEvaluationOptions.ClientCompatibility"/>). Immutable; apply it with
/// <see cref="PatchEvaluator.Apply"/>.
/// </summary>
public sealed class PatchRequest
{
    private static readonly IReadOnlySet<string> NothingToLoad = new HashSet<string>();

    private readonly HashSet<string>? _requiresLoading;

    private PatchRequest(ResourceTypeDefinition resourceType, PatchEvaluationOptions options, IReadOnlyList<PatchOperation> operations)
    {
        ResourceType = resourceType;
        Options = options;
        Operations = operations;
        for (var o = 0; o < operations.Count; o++)
        {
            var actions = operations[o].Actions;
            for (var a = 0; a < actions.Count; a++)
            {
                var action = actions[a];
                if (!action.IsDeltaExpressible && options.DeferredAttributes.Contains(action.Target.Key))
                {
                    (_requiresLoading ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(action.Target.Key);
                }
            }
        }
    }

    /// <summary>The resource type the request was parsed for.</summary>
    public ResourceTypeDefinition ResourceType { get; }

    /// <summary>The operations, in request order.</summary>
    public IReadOnlyList<PatchOperation> Operations { get; }

    /// <summary>The options the request was parsed with (the default for <see cref="PatchEvaluator.Apply"/>).</summary>
    public PatchEvaluationOptions Options { get; }

    /// <summary>Parses a PatchOp message.</summary>
    /// <param name="utf8Json">The request body, UTF-8 JSON.</param>
    /// <param name="resourceType">The type of the resource being patched; it types paths and values.</param>
    /// <param name="options">Compatibility, limits and deferred attributes; <see cref="PatchEvaluationOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ScimException">
    /// 400 <c>invalidSyntax</c> for malformed JSON (also invalid UTF-8, duplicate keys including case variants, trailing
    /// data), a missing or wrong <c>schemas</c>, a missing or empty <c>Operations</c>, an unsupported <c>op</c> (JSON Patch's
    /// move, copy, test); 400 <c>invalidPath</c> for a malformed path (or one over 1 KiB); 400 <c>noTarget</c> for a remove
    /// without path; 400 <c>invalidValue</c> for a value of the wrong type, a missing value, or more than
    /// <see cref="PatchEvaluationOptions.MaxOperations"/> operations or <see cref="PatchEvaluationOptions.MaxValues"/> values.
    /// </exception>
    public static PatchRequest Parse(ReadOnlySpan<byte> utf8Json, ResourceTypeDefinition resourceType, PatchEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        options ??= PatchEvaluationOptions.Default;
        var operations = PatchRequestReader.Read(utf8Json, resourceType, options);
        return new PatchRequest(resourceType, options, operations.AsReadOnly());
    }

    /// <summary>Parses a PatchOp message from JSON text.</summary>
    /// <param name="json">The request body.</param>
    /// <param name="resourceType">The type of the resource being patched.</param>
    /// <param name="options">Compatibility, limits and deferred attributes.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ScimException">As for the UTF-8 overload; also when the text holds a lone surrogate.</exception>
    public static PatchRequest Parse(string json, ResourceTypeDefinition resourceType, PatchEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        byte[] bytes;
        try
        {
            bytes = new UTF8Encoding(false, true).GetBytes(json);
        }
        catch (EncoderFallbackException ex)
        {
            throw ScimException.InvalidSyntax("The text contains a lone surrogate and is not valid Unicode.", ex);
        }

        return Parse(bytes, resourceType, options);
    }

    /// <summary>
    /// Whether an operation on the deferred attribute <paramref name="attributeName"/> (for example <c>members</c>)
    /// cannot be expressed as a <see cref="MultiValuedAttributeDelta"/> (for example <c>remove members[display co "x"]</c>
    /// or <c>replace members[value eq "a"].display</c>). When <see langword="true"/>, load the attribute's current values
    /// into the resource and call <see cref="PatchEvaluator.Apply"/> with options whose
    /// <see cref="PatchEvaluationOptions.DeferredAttributes"/> no longer contain it; the change is still reported as a delta.
    /// </summary>
    /// <param name="attributeName">The attribute (an extension attribute as <c>urn:...:name</c>).</param>
    /// <returns>Whether the caller must load the attribute.</returns>
    public bool RequiresLoading(string attributeName)
    {
        ArgumentNullException.ThrowIfNull(attributeName);
        return _requiresLoading is not null && _requiresLoading.Contains(attributeName);
    }

    /// <summary>The deferred attributes that must be loaded (see <see cref="RequiresLoading"/>).</summary>
    internal IReadOnlySet<string> AttributesRequiringLoading => _requiresLoading ?? NothingToLoad;
}
