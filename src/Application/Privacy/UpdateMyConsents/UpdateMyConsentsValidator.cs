using FluentValidation;

namespace CustomiseYou.Application.Privacy.UpdateMyConsents;

public sealed class UpdateMyConsentsValidator : AbstractValidator<UpdateMyConsentsCommand>
{
    public UpdateMyConsentsValidator()
    {
        RuleFor(c => c).Must(c => c.Marketing is not null || c.Analytics is not null || c.MarketingChannels is not null)
            .OverridePropertyName("body")
            .WithMessage("Give at least one of marketing, marketingChannels or analytics.");
    }
}
