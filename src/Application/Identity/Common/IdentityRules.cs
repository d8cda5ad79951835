using System.Reflection;
using CustomiseYou.Domain.Users;
using FluentValidation;

namespace CustomiseYou.Application.Identity.Common;

/// <summary>Field rules shared by the identity validators.</summary>
internal static class IdentityRules
{
    public const int PasswordMinLength = 10;
    public const int PasswordMaxLength = 128;

    private static readonly Lazy<HashSet<string>> CommonPasswords = new(LoadCommonPasswords);

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(Email.MaxLength).Must(Email.IsValid).WithMessage("'{PropertyName}' is not a valid email address.");

    public static IRuleBuilderOptions<T, string?> ValidPhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(phone => phone is null || PhoneNumber.IsValid(phone))
            .WithMessage("'{PropertyName}' must be in E.164 form, e.g. +919876543210.");

    public static IRuleBuilderOptions<T, string> ValidFullName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(User.FullNameMaxLength);

    public static IRuleBuilderOptions<T, string> ValidCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Matches("^[0-9]{6}$").WithMessage("'{PropertyName}' is the 6-digit code we sent.");

    /// <summary>10+ characters, not the email (or its local part), not one of the commonest passwords.</summary>
    public static IRuleBuilderOptions<T, string> StrongPassword<T>(this IRuleBuilder<T, string> rule, Func<T, string?> email) =>
        rule.NotEmpty()
            .MinimumLength(PasswordMinLength)
            .MaximumLength(PasswordMaxLength)
            .Must((owner, password) => !ResemblesEmail(password, email(owner)))
            .WithMessage("'{PropertyName}' must not be your email address.")
            .Must(password => password is null || !CommonPasswords.Value.Contains(password.ToLowerInvariant()))
            .WithMessage("'{PropertyName}' is one of the most common passwords; choose another.");

    private static bool ResemblesEmail(string? password, string? email)
    {
        if (string.IsNullOrEmpty(password) || string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        var normalized = email.Trim().ToLowerInvariant();
        var localPart = normalized.Split('@')[0];
        var candidate = password.ToLowerInvariant();
        return candidate == normalized || candidate == localPart;
    }

    private static HashSet<string> LoadCommonPasswords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CustomiseYou.Application.Identity.Common.common-passwords.txt")
            ?? throw new InvalidOperationException("The bundled common-password list is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
