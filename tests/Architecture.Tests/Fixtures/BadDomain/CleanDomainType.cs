using CustomiseYou.Domain.Common;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadDomain;

/// <summary>Good: uses only the BCL and the Domain itself; the rule must not flag it.</summary>
public static class CleanDomainType
{
    public static Money Double(Money money) => money * 2m;
}
