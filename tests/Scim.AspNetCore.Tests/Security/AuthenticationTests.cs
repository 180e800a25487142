using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Scim.Abstractions;

namespace Scim.AspNetCore.Tests;

/// <summary>Bearer tokens per tenant, host schemes, and the refusal to start without a credential source.</summary>
public sealed class AuthenticationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic YWxhZGRpbjpvcGVuc2VzYW1l")]
    [InlineData("Bearer wrong-token-wrong-token")]
    [InlineData("Bearer globex-secret-token-9876543210")]
    [InlineData("acme-secret-token-0123456789")]
    public async Task Missing_malformed_wrong_and_other_tenant_credentials_are_401(string? authorization)
    {
        await using var host = await ScimTestHost.StartAsync();
        using var client = host.CreateClient("acme", null);
        var headers = new Dictionary<string, string>();
        if (authorization is not null)
        {
            headers["Authorization"] = authorization;
        }

        foreach (var (method, path, body) in new (HttpMethod, string, string?)[]
        {
            (HttpMethod.Get, "Users", null),
            (HttpMethod.Post, "Users", """{"userName":"intruder@example.com"}"""),
            (HttpMethod.Get, "Schemas", null),
            (HttpMethod.Post, "Bulk", "{}"),
            (HttpMethod.Get, "NoSuchRoute", null),
        })
        {
            using var response = await host.SendAsync(method, path, body, client: client, headers: headers);
            await ScimAssert.ErrorAsync(response, 401, null);
            Assert.StartsWith("Bearer realm=\"scim\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(string.Empty, await host.SnapshotAsync());
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains("secret-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_tenant_token_opens_only_its_tenant()
    {
        await using var host = await ScimTestHost.StartAsync();
        using var globex = host.CreateClient("globex", ScimTestHost.GlobexToken);
        await ScimAssert.ListAsync(await host.SendAsync(HttpMethod.Get, "Users", client: globex), 0);
        using var unknownTenant = host.CreateClient("initech", ScimTestHost.AcmeToken);
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Get, "Users", client: unknownTenant), 401, null);
    }

    [Fact]
    public async Task A_custom_token_validator_replaces_the_configured_tokens()
    {
        await using var host = await ScimTestHost.StartAsync(build: scim => scim.AddTokenValidator<PrefixTokenValidator>());
        using var ok = host.CreateClient("acme", "acme:anything-goes-here");
        await ScimAssert.ListAsync(await host.SendAsync(HttpMethod.Get, "Users", client: ok), 0);
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Get, "Users"), 401, null);
    }

    [Fact]
    public async Task Map_scim_refuses_to_start_without_a_credential_source()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddScim().UseInMemoryStores();
        await using var app = builder.Build();
        var error = Assert.Throws<InvalidOperationException>(() => app.MapScim());
        Assert.Contains("AddBearerToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_scim_without_add_scim_explains_what_is_missing()
    {
        var builder = WebApplication.CreateSlimBuilder();
        await using var app = builder.Build();
        var error = Assert.Throws<InvalidOperationException>(() => app.MapScim());
        Assert.Contains("AddScim", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_mode_needs_authentication_services()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddScim(o => o.Authentication.Mode = ScimAuthenticationMode.Host).UseInMemoryStores();
        await using var app = builder.Build();
        Assert.Throws<InvalidOperationException>(() => app.MapScim());
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("NoSuchScheme", true)]
    public async Task Host_mode_needs_a_scheme_that_exists(string? scheme, bool registerAnother)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var authentication = builder.Services.AddAuthentication();
        if (registerAnother)
        {
            authentication.AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null);
        }

        builder.Services.AddScim(o =>
        {
            o.Authentication.Mode = ScimAuthenticationMode.Host;
            o.Authentication.AuthenticationScheme = scheme;
        }).UseInMemoryStores();
        await using var app = builder.Build();
        Assert.Throws<InvalidOperationException>(() => app.MapScim());
    }

    [Fact]
    public async Task Host_mode_authenticates_with_the_hosts_scheme_and_policy()
    {
        await using var host = await ScimTestHost.StartAsync(
            o =>
            {
                o.Authentication.Mode = ScimAuthenticationMode.Host;
                o.Authentication.AuthenticationScheme = HeaderAuthenticationHandler.SchemeName;
                o.Authentication.AuthorizationPolicy = "scim";
            },
            services: services =>
            {
                services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null);
                services.AddAuthorization(a => a.AddPolicy("scim", p => p.RequireClaim("role", "provisioner")));
            });
        using var anonymous = host.CreateClient("acme", null);
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Get, "Users", client: anonymous), 401, null);
        var reader = new Dictionary<string, string> { ["X-Test-User"] = "reader" };
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Get, "Users", client: anonymous, headers: reader), 403, null);
        var provisioner = new Dictionary<string, string> { ["X-Test-User"] = "provisioner" };
        await ScimAssert.ListAsync(await host.SendAsync(HttpMethod.Get, "Users", client: anonymous, headers: provisioner), 0);
    }

    [Fact]
    public async Task The_route_group_takes_host_conventions_such_as_require_authorization()
    {
        await using var host = await ScimTestHost.StartAsync(
            services: services =>
            {
                services.AddAuthentication(HeaderAuthenticationHandler.SchemeName).AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null);
                services.AddAuthorization();
            },
            map: app =>
            {
                app.UseAuthentication();
                app.UseAuthorization();
                app.MapScim(ScimTestHost.Prefix).RequireAuthorization();
            });

        // The bearer token alone no longer suffices: the host's policy runs first.
        using var response = await host.SendAsync(HttpMethod.Get, "Users");
        Assert.Equal(401, (int)response.StatusCode);
        var both = new Dictionary<string, string> { ["X-Test-User"] = "provisioner" };
        await ScimAssert.ListAsync(await host.SendAsync(HttpMethod.Get, "Users", headers: both), 0);
    }

    [Fact]
    public async Task Host_authorization_failures_can_carry_scim_error_documents()
    {
        await using var host = await ScimTestHost.StartAsync(
            build: scim => scim.AddAuthorizationErrorDocuments(),
            services: services =>
            {
                services.AddAuthentication(HeaderAuthenticationHandler.SchemeName).AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null);
                services.AddAuthorization(a => a.AddPolicy("provisioners", p => p.RequireClaim("role", "provisioner")));
            },
            map: app =>
            {
                app.UseAuthentication();
                app.UseAuthorization();
                app.MapScim(ScimTestHost.Prefix).RequireAuthorization("provisioners");
            });

        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Get, "Users"), 401, null);
        var reader = new Dictionary<string, string> { ["X-Test-User"] = "reader" };
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Get, "Users", headers: reader), 403, null);
        var provisioner = new Dictionary<string, string> { ["X-Test-User"] = "provisioner" };
        await ScimAssert.ListAsync(await host.SendAsync(HttpMethod.Get, "Users", headers: provisioner), 0);
    }

    /// <summary>Accepts tokens that start with the tenant id and a colon (a stand-in for a database lookup).</summary>
    public sealed class PrefixTokenValidator : IScimTokenValidator
    {
        public ValueTask<bool> ValidateAsync(ScimTenant tenant, string token, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(token.StartsWith(tenant.Id + ":", StringComparison.Ordinal));
    }

    /// <summary>Authenticates whoever names themselves in X-Test-User, with that name as their role.</summary>
    public sealed class HeaderAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "TestHeader";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var user = Request.Headers["X-Test-User"].ToString();
            if (user.Length == 0)
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user), new Claim("role", user)], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }
}
