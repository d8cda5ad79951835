using FluentValidation;

namespace CustomiseYou.Application.Privacy.RequestExport;

public sealed class RequestExportValidator : AbstractValidator<RequestExportCommand>
{
    public RequestExportValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Reason).MaximumLength(1000);
        RuleFor(c => c.Locale).MaximumLength(35);
    }
}
