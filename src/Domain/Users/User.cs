using CustomiseYou.Domain.Common;
using CustomiseYou.Domain.Users.Events;

namespace CustomiseYou.Domain.Users;

/// <summary>
/// An account in one region. Passwords are stored only as hashes; sign-in failures are counted so that ten within
/// fifteen minutes lock the account for the rest of that window.
/// </summary>
public sealed class User : AggregateRoot<Guid>
{
    public const int FullNameMaxLength = 200;
    public const int MaxFailedLogins = 10;
    public static readonly TimeSpan FailedLoginWindow = TimeSpan.FromMinutes(15);

    private readonly List<string> _roles = [];
    private readonly List<ExternalLogin> _externalLogins = [];

    private User(Guid id, string email, string fullName, DateTimeOffset createdAt) : base(id)
    {
        Email = email;
        FullName = fullName;
        CreatedAt = createdAt;
    }

    [PersonalData(PersonalDataCategory.Contact)]
    public string Email { get; private set; }

    public bool EmailVerified { get; private set; }

    [PersonalData(PersonalDataCategory.Technical)]
    public string? PasswordHash { get; private set; }

    [PersonalData(PersonalDataCategory.Identity)]
    public string FullName { get; private set; }

    [PersonalData(PersonalDataCategory.Contact)]
    public string? Phone { get; private set; }

    public bool PhoneVerified { get; private set; }

    /// <summary>The language messages are written in, one of the region's locales; null means the region's first locale.</summary>
    [NotPersonalData("a language tag chosen from the region's locales")]
    public string? Locale { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the person's data was erased; the account is then an empty tombstone that cannot sign in.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    public bool IsErased => ErasedAt is not null;

    public int FailedLoginCount { get; private set; }

    public DateTimeOffset? FailedLoginWindowStart { get; private set; }

    [PersonalData(PersonalDataCategory.Identity)]
    public IReadOnlyCollection<string> Roles => _roles.AsReadOnly();

    public IReadOnlyCollection<ExternalLogin> ExternalLogins => _externalLogins.AsReadOnly();

    public static User Register(Guid id, string email, string passwordHash, string fullName, string? phone, DateTimeOffset now)
    {
        var user = new User(id, Users.Email.Normalize(email), RequireName(fullName), now) { PasswordHash = passwordHash };
        user.SetPhone(phone);
        user._roles.Add(DefaultRole);
        user.Raise(new UserRegistered(id, now));
        return user;
    }

    /// <summary>An account created from a Google or Apple identity; it has no password until the person sets one.</summary>
    public static User RegisterExternal(Guid id, string email, bool emailVerified, string fullName, ExternalLogin login, DateTimeOffset now)
    {
        var user = new User(id, Users.Email.Normalize(email), RequireName(fullName), now) { EmailVerified = emailVerified };
        user._roles.Add(DefaultRole);
        user._externalLogins.Add(login);
        user.Raise(new UserRegistered(id, now));
        return user;
    }

    public const string DefaultRole = "customer";

    public void VerifyEmail() => EmailVerified = true;

    /// <summary>
    /// The address was proven by a Google or Apple sign-in. A password set while the address was still unproven may
    /// belong to someone else (anyone can register any address), so it no longer signs in.
    /// </summary>
    public void VerifyEmailThroughProvider()
    {
        if (!EmailVerified)
        {
            PasswordHash = null;
        }

        EmailVerified = true;
    }

    public void UpdateProfile(string? fullName, string? phone, bool phoneSupplied)
    {
        if (fullName is not null)
        {
            FullName = RequireName(fullName);
        }

        if (phoneSupplied)
        {
            SetPhone(phone);
        }
    }

    /// <summary>Sets a phone number proved by a code sent to it.</summary>
    public void VerifyPhone(string phone)
    {
        SetPhone(phone);
        PhoneVerified = true;
    }

    public void ChangeLocale(string locale)
    {
        if (!Users.Locale.IsWellFormed(locale))
        {
            throw new DomainException(Error.Validation("user.locale", "A locale is a language tag such as en, de or hi-IN.", "locale"));
        }

        Locale = locale;
    }

    public bool IsLockedOut(DateTimeOffset now) =>
        FailedLoginCount >= MaxFailedLogins && FailedLoginWindowStart is { } start && now < start + FailedLoginWindow;

    public void RecordFailedLogin(DateTimeOffset now)
    {
        if (FailedLoginWindowStart is not { } start || now >= start + FailedLoginWindow)
        {
            FailedLoginWindowStart = now;
            FailedLoginCount = 0;
        }

        FailedLoginCount++;
    }

    public void RecordSuccessfulLogin()
    {
        FailedLoginCount = 0;
        FailedLoginWindowStart = null;
    }

    public void GrantRole(string role)
    {
        if (!_roles.Contains(role))
        {
            _roles.Add(role);
        }
    }

    /// <summary>Every account stays a customer; any other role can be taken away.</summary>
    public Result<Success> RevokeRole(string role)
    {
        if (role == DefaultRole)
        {
            return Error.Rule("user.default_role", $"Every account keeps the '{DefaultRole}' role.");
        }

        _roles.Remove(role);
        return Success.Value;
    }

    public void LinkExternalLogin(ExternalLogin login)
    {
        if (!_externalLogins.Contains(login))
        {
            _externalLogins.Add(login);
        }
    }

    /// <summary>
    /// Right to erasure. The row stays, so records that must be kept (seller payouts, compliance requests) still
    /// point at something, but nothing in it names or reaches a person, and with no password, no linked Google or
    /// Apple identity and an address nobody owns, it can never sign in again. Erasing twice changes nothing.
    /// </summary>
    public void Erase(DateTimeOffset now)
    {
        if (IsErased)
        {
            return;
        }

        Email = Users.Email.Normalize($"erased-{Id:N}@erased.invalid");
        EmailVerified = false;
        FullName = ErasedName;
        Phone = null;
        PhoneVerified = false;
        PasswordHash = null;
        FailedLoginCount = 0;
        FailedLoginWindowStart = null;
        _roles.Clear();
        _externalLogins.Clear();
        ErasedAt = now;
    }

    public const string ErasedName = "Erased user";

    private void SetPhone(string? phone)
    {
        if (phone is not null && !PhoneNumber.IsValid(phone))
        {
            throw new DomainException(Error.Validation("user.phone", "A phone number is in E.164 form, e.g. +919876543210.", "phone"));
        }

        if (phone != Phone)
        {
            Phone = phone;
            PhoneVerified = false;
        }
    }

    private static string RequireName(string fullName)
    {
        var trimmed = fullName.Trim();
        if (trimmed.Length is 0 or > FullNameMaxLength)
        {
            throw new DomainException(Error.Validation("user.full_name", $"A full name has 1 to {FullNameMaxLength} characters.", "fullName"));
        }

        return trimmed;
    }
}
