using CustomiseYou.Application.Common.Abstractions;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadDomain;

/// <summary>Bad: a domain type that reaches up into Application.</summary>
public static class DomainTypeUsingApplication
{
    public static Guid? Who(ICurrentUser user) => user.UserId;
}
