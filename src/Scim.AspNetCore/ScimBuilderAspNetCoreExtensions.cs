using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scim.AspNetCore;

namespace Scim.Abstractions;

/// <summary>ASP.NET Core hooks on the builder <c>AddScim</c> returns.</summary>
public static class ScimBuilderAspNetCoreExtensions
{
    /// <summary>Resolves tenants with <typeparamref name="TResolver"/> instead of the route value.</summary>
    /// <typeparam name="TResolver">The resolver type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="lifetime">Its lifetime (default singleton).</param>
    /// <returns>The builder.</returns>
    public static ScimBuilder AddTenantResolver<TResolver>(this ScimBuilder builder, ServiceLifetime lifetime = ServiceLifetime.Singleton)
        where TResolver : class, IScimTenantResolver
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Describe(typeof(IScimTenantResolver), typeof(TResolver), lifetime));
        return builder;
    }

    /// <summary>
    /// Makes the 401 and 403 that ASP.NET Core's authorization middleware gives on the SCIM routes (when the host adds
    /// <c>.RequireAuthorization()</c> to the group <c>MapScim</c> returns) carry a SCIM Error document, as SCIM clients
    /// expect. Other endpoints keep the default behaviour.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static ScimBuilder AddAuthorizationErrorDocuments(this ScimBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ScimAuthorizationResultHandler>());
        return builder;
    }

    /// <summary>Serves <c>/Me</c> by mapping the authenticated subject to a User id with <typeparamref name="TResolver"/>.</summary>
    /// <typeparam name="TResolver">The resolver type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="lifetime">Its lifetime (default singleton).</param>
    /// <returns>The builder.</returns>
    public static ScimBuilder AddSubjectResolver<TResolver>(this ScimBuilder builder, ServiceLifetime lifetime = ServiceLifetime.Singleton)
        where TResolver : class, IScimSubjectResolver
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Describe(typeof(IScimSubjectResolver), typeof(TResolver), lifetime));
        return builder;
    }
}
