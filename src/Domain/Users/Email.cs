using System.Text.RegularExpressions;

namespace CustomiseYou.Domain.Users;

/// <summary>Email addresses are compared case-insensitively: stored trimmed and lower-cased.</summary>
public static partial class Email
{
    public const int MaxLength = 254;

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    /// <summary>A pragmatic check: one @, a dot in the domain, no spaces; the verification code proves the rest.</summary>
    public static bool IsValid(string? email) =>
        email is not null && email.Length <= MaxLength && Pattern().IsMatch(email.Trim());

    /// <summary>"a***@example.com": enough for a log line or a session list, not enough to identify a person.</summary>
    public static string Mask(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : email[0] + "***" + email[at..];
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
