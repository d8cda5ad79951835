namespace CustomiseYou.Domain.Customization;

/// <summary>
/// The stable key of an option (^[a-z][a-z0-9_]{0,39}$). Stored selections and price history refer to it, so it is
/// deliberately plain ASCII and never derived from a translated label.
/// </summary>
public static class OptionKey
{
    public const int MaxLength = 40;

    public static bool IsValid(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxLength || key[0] is < 'a' or > 'z')
        {
            return false;
        }

        foreach (var c in key)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
