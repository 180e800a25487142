using Scim.Filter;
using Scim.Patch;

namespace Scim.Abstractions;

/// <summary>
/// The configuration of a SCIM service provider, set with <c>services.AddScim(options =&gt; ...)</c>. Every knob has a
/// safe default: authentication on, limits on (RELIABILITY.md), client quirks tolerated (INTEROP.md).
/// </summary>
public sealed class ScimOptions
{
    /// <summary>The bounds on the work one request may cause.</summary>
    public ScimLimitOptions Limits { get; } = new();

    /// <summary>The <c>/Bulk</c> endpoint and its limits.</summary>
    public ScimBulkOptions Bulk { get; } = new();

    /// <summary>How PATCH requests are evaluated and answered.</summary>
    public ScimPatchOptions Patch { get; } = new();

    /// <summary>How requests are authenticated.</summary>
    public ScimAuthenticationOptions Authentication { get; } = new();

    /// <summary>
    /// The route value that names the tenant (default <c>accountId</c>, as in
    /// <c>MapScim("/accounts/{accountId}/scim/v2")</c>). When the route has no such value, the request acts for
    /// <see cref="ScimTenant.Default"/>.
    /// </summary>
    public string TenantRouteValueName { get; set; } = "accountId";

    /// <summary>
    /// Whether a bare word in a filter's value position is read as a string (<c>externalId eq jexample</c>, as a
    /// published Entra ID example writes it) instead of a 400 <c>invalidFilter</c> (default <see langword="true"/>).
    /// <c>true</c>, <c>false</c>, <c>null</c> and numbers keep their meaning.
    /// </summary>
    public bool AllowUnquotedFilterStrings { get; set; } = true;

    /// <summary>Checks every option and throws when one is out of range.</summary>
    /// <exception cref="InvalidOperationException">Lists every invalid option.</exception>
    public void Validate()
    {
        var problems = Limits.Validate()
            .Concat(Bulk.Validate())
            .Concat(Patch.Validate())
            .Concat(Authentication.Validate())
            .ToList();
        if (string.IsNullOrWhiteSpace(TenantRouteValueName))
        {
            problems.Add($"{nameof(TenantRouteValueName)} must not be empty.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid SCIM options: " + string.Join(" ", problems));
        }
    }

    /// <summary>The filter parser options these limits imply.</summary>
    /// <returns>The options.</returns>
    public FilterParseOptions CreateFilterParseOptions() => new()
    {
        MaxLength = Limits.MaxFilterLength,
        MaxPathLength = Limits.MaxPathLength,
        MaxNestingDepth = Limits.MaxFilterNestingDepth,
        MaxComparisons = Limits.MaxFilterComparisons,
        AllowUnquotedStrings = AllowUnquotedFilterStrings,
    };

    /// <summary>The PATCH evaluation options these settings imply.</summary>
    /// <param name="deferredAttributes">The attributes not loaded into the resource, applied as deltas.</param>
    /// <returns>The options.</returns>
    public PatchEvaluationOptions CreatePatchEvaluationOptions(IReadOnlySet<string>? deferredAttributes = null) => new()
    {
        ClientCompatibility = Patch.ClientCompatibility,
        IgnoreUnknownAttributes = Patch.IgnoreUnknownAttributes,
        MaxOperations = Limits.MaxPatchOperations,
        MaxValues = Limits.MaxValuesPerRequest,
        DeferredAttributes = deferredAttributes ?? PatchEvaluationOptions.Default.DeferredAttributes,
    };
}
