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
