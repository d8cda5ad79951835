using Microsoft.AspNetCore.Http;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadDomain;

/// <summary>Bad: a domain type that reads the HTTP request.</summary>
public static class DomainTypeUsingAspNetCore
{
    public static string PathOf(HttpContext context) => context.Request.Path.Value ?? "";
}
