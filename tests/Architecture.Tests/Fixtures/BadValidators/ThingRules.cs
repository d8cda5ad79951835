using FluentValidation;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadValidators;

/// <summary>Bad: a sealed validator whose name does not end with "Validator".</summary>
public sealed class ThingRules : AbstractValidator<Thing>
{
    public ThingRules() => RuleFor(t => t.Name).NotEmpty();
}
