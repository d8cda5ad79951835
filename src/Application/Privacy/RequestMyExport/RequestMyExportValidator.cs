using FluentValidation;

namespace CustomiseYou.Application.Privacy.RequestMyExport;

public sealed class RequestMyExportValidator : AbstractValidator<RequestMyExportCommand>
{
    public RequestMyExportValidator()
    {
        RuleFor(c => c.Locale).MaximumLength(35);
        RuleFor(c => c.AcceptLanguage).MaximumLength(500);
    }
}
