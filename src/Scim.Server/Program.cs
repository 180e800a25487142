using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Scim.Abstractions;
using Scim.AspNetCore;
using Scim.Server.Hosting;
using Scim.Server.Tenants;

namespace Scim.Server;

/// <summary>
/// The runnable multi-tenant SCIM service provider: <c>dotnet run --project src/Scim.Server</c> serves
/// <c>http://HOST/accounts/{accountId}/scim/v2</c> on a SQLite file in the working directory; <c>Scim:Store</c>
/// (<c>sqlite</c>, <c>postgres</c>, <c>memory</c>) and <c>ConnectionStrings:Scim</c> choose the database.
/// <c>scim-server tenants ...</c> administers tenants.
/// </summary>
public static class Program
{
    /// <summary>Runs the server, or an admin command when the first argument is <c>tenants</c>.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var command = TenantCommandLine.IsCommand(args);
        var hostArgs = command ? [.. args.SkipWhile(a => !a.StartsWith("--", StringComparison.Ordinal) || string.Equals(a, "--token", StringComparison.Ordinal))] : args;
        var app = Build(hostArgs);
        if (command)
        {
            var options = app.Services.GetRequiredService<IOptions<ScimServerOptions>>().Value;
            return await TenantCommandLine.RunAsync(
                [.. args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal) || string.Equals(a, "--token", StringComparison.Ordinal))],
                app.Services.GetRequiredService<ITenantDirectory>(),
                TenantUrlTemplate(app, options),
                Console.Out,
                Console.Error,
                CancellationToken.None).ConfigureAwait(false);
        }

        await PrepareAsync(app, CancellationToken.None).ConfigureAwait(false);
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>Builds the application (services, SCIM endpoints, health) without starting it.</summary>
    /// <param name="args">Host arguments (configuration switches such as <c>--urls</c>).</param>
    /// <param name="configure">Extra configuration of the builder, for tests.</param>
    /// <returns>The application.</returns>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var section = builder.Configuration.GetSection(ScimServerOptions.Section);
        builder.Services.Configure<ScimServerOptions>(section);
        var serverOptions = section.Get<ScimServerOptions>() ?? new ScimServerOptions();
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(serverOptions.DefaultUrl);
        }

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        if (serverOptions.TokenCacheSeconds is < 0 or > 3600)
        {
            throw new InvalidOperationException($"Scim:TokenCacheSeconds must be between 0 and 3600, not {serverOptions.TokenCacheSeconds}.");
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new TenantTokenCache(TimeSpan.FromSeconds(serverOptions.TokenCacheSeconds), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<TenantBootstrapper>();
        var scim = builder.Services.AddScim(o => o.TenantRouteValueName = "accountId");
        scim.AddTokenValidator<TenantTokenValidator>();
        ServerStores.Configure(builder, scim, serverOptions.Store);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.MapScim(serverOptions.RoutePrefix);
        return app;
    }

    /// <summary>Creates or migrates the database and applies the bootstrap tenant.</summary>
    /// <param name="app">The application.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>A task.</returns>
    public static Task PrepareAsync(WebApplication app, CancellationToken cancellationToken) =>
        PrepareAsync(app, Console.Out, cancellationToken);

    /// <summary>Creates or migrates the database and applies the bootstrap tenant; a first start's credentials go to <paramref name="credentialsOutput"/> once the server listens.</summary>
    /// <param name="app">The application.</param>
    /// <param name="credentialsOutput">Where the URL and token of a tenant created on a first start are printed (never a logger).</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>A task.</returns>
    public static async Task PrepareAsync(WebApplication app, TextWriter credentialsOutput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(credentialsOutput);
        await ServerStores.MigrateAsync(app.Services, cancellationToken).ConfigureAwait(false);
        var created = await app.Services.GetRequiredService<TenantBootstrapper>().RunAsync(cancellationToken).ConfigureAwait(false);
        if (created is { } tenant)
        {
            var options = app.Services.GetRequiredService<IOptions<ScimServerOptions>>().Value;
            app.Lifetime.ApplicationStarted.Register(() =>
                TenantCommandLine.PrintCredentialsAsync(credentialsOutput, TenantUrlTemplate(app, options), tenant.Account, tenant.Token).GetAwaiter().GetResult());
        }
    }

    private static string TenantUrlTemplate(WebApplication app, ScimServerOptions options)
    {
        var url = app.Urls.FirstOrDefault() ?? app.Configuration["urls"]?.Split(';')[0] ?? options.DefaultUrl;
        return url.TrimEnd('/') + options.RoutePrefix;
    }
}
