using CustomiseYou.Application.Identity.Common;
using FluentValidation;

namespace CustomiseYou.Application.Identity.SendPhoneCode;

public sealed class SendPhoneCodeValidator : AbstractValidator<SendPhoneCodeCommand>
{
    public SendPhoneCodeValidator() => RuleFor(c => c.Phone).NotEmpty().ValidPhone();
}
