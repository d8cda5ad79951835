using Microsoft.AspNetCore.Http;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadApplication;

/// <summary>Bad: a use case that depends on the HTTP request.</summary>
public static class ApplicationTypeUsingAspNetCore
{
    public static string MethodOf(HttpContext context) => context.Request.Method;
}
