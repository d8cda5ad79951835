using CustomiseYou.Application.Common.Security;
using CustomiseYou.Domain.ApiKeys;
using FluentValidation;

namespace CustomiseYou.Application.ApiKeys.CreateApiKey;

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyCommand>
{
    public const int MaxRateLimitPerMinute = 100_000;

    public CreateApiKeyValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(ApiKey.NameMaxLength);
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.RateLimitPerMinute).InclusiveBetween(1, MaxRateLimitPerMinute);
        When(c => c.Kind == ApiKeyKind.Secret, () =>
        {
            RuleFor(c => c.Scopes).NotEmpty().WithMessage("A secret key needs at least one scope.");
            RuleForEach(c => c.Scopes).NotNull().Must(s => ApiScopes.All.Contains(s))
                .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", ApiScopes.All)}.");
        });
        When(c => c.Kind == ApiKeyKind.Publishable, () =>
        {
            RuleFor(c => c.Scopes).Empty().WithMessage("A publishable key has no scopes: it reaches public calls only.");
            RuleFor(c => c.SellerId).Null().WithMessage("A publishable key belongs to no shop.");
        });
    }
}
