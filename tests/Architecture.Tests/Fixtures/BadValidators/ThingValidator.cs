using FluentValidation;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadValidators;

/// <summary>Good: sealed and named "...Validator"; the rule must not flag it.</summary>
public sealed class ThingValidator : AbstractValidator<Thing>
{
    public ThingValidator() => RuleFor(t => t.Name).NotEmpty();
}
