using FluentValidation.Results;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadDomain;

/// <summary>Bad: a domain type that reports errors with FluentValidation.</summary>
public static class DomainTypeUsingFluentValidation
{
    public static ValidationFailure Fail(string property) => new(property, "Invalid.");
}
