using System.Text.RegularExpressions;

namespace CustomiseYou.Domain.Users;

/// <summary>Phone numbers in E.164 form: '+', country code, subscriber number; 8 to 15 digits in all.</summary>
public static partial class PhoneNumber
{
    public static bool IsValid(string? phone) => phone is not null && Pattern().IsMatch(phone);

    public static string Mask(string phone) => phone.Length <= 4 ? "***" : new string('*', phone.Length - 4) + phone[^4..];

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
