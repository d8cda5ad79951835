using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CustomiseYou.WebApi.IntegrationTests.Infrastructure;

/// <summary>Adds <c>GET /test/faulty</c>, which throws, after the real pipeline so its exception handler must catch it.</summary>
internal sealed class FaultyEndpointStartupFilter : IStartupFilter
{
    public const string Path = "/test/faulty";
    public const string SecretInMessage = "connection-password=hunter2";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((HttpContext context, RequestDelegate following) => context.Request.Path == Path
            ? throw new InvalidOperationException("Simulated failure with " + SecretInMessage)
            : following(context));
    };
}
