using FluentValidation;

namespace CustomiseYou.Application.Customization.DefineCustomization;

/// <summary>Only the envelope: the schema's own rules are checked by the domain with field paths.</summary>
public sealed class DefineCustomizationValidator : AbstractValidator<DefineCustomizationCommand>
{
    public const int MaxOptions = 50;

    public DefineCustomizationValidator()
    {
        RuleFor(c => c.Definition).NotNull();
        RuleFor(c => c.Definition.Options).NotNull().OverridePropertyName("options")
            .Must(options => options is null || options.Count <= MaxOptions).WithMessage($"At most {MaxOptions} options.")
            .When(c => c.Definition is not null);
    }
}
