namespace CustomiseYou.Domain.Users;

public enum OneTimeCodePurpose
{
    EmailVerification,
    PhoneVerification,
}
