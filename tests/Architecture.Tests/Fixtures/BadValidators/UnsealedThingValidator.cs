using FluentValidation;

namespace CustomiseYou.Architecture.Tests.Fixtures.BadValidators;

/// <summary>Bad: a validator that is not sealed.</summary>
public class UnsealedThingValidator : AbstractValidator<Thing>
{
    public UnsealedThingValidator() => RuleFor(t => t.Name).NotEmpty();
}
