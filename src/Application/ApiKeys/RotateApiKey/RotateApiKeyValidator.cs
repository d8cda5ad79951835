using CustomiseYou.Domain.ApiKeys;
using FluentValidation;

namespace CustomiseYou.Application.ApiKeys.RotateApiKey;

public sealed class RotateApiKeyValidator : AbstractValidator<RotateApiKeyCommand>
{
    public RotateApiKeyValidator() =>
        RuleFor(c => c.OverlapMinutes).InclusiveBetween(0, (int)ApiKey.MaxOverlap.TotalMinutes);
}
