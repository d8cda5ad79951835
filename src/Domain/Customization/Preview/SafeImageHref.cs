using System.Buffers;

namespace CustomiseYou.Domain.Customization.Preview;

/// <summary>
/// The only image references a preview may contain: inline PNG/JPEG data URIs and same-origin absolute paths.
/// Anything else (http(s), protocol-relative "//host", javascript:, SVG data) could leak the viewer's requests or
/// run script, so it is left out of the preview.
/// </summary>
public static class SafeImageHref
{
    private static readonly string[] DataPrefixes = ["data:image/png;base64,", "data:image/jpeg;base64,"];

    private static readonly SearchValues<char> Base64 =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=");

    private static readonly SearchValues<char> PathCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/%?=&+,;:@");

    public static bool IsAllowed(string? href)
    {
        if (string.IsNullOrEmpty(href))
        {
            return false;
        }

        foreach (var prefix in DataPrefixes)
        {
            if (href.StartsWith(prefix, StringComparison.Ordinal))
            {
                var payload = href.AsSpan(prefix.Length);
                return !payload.IsEmpty && !payload.ContainsAnyExcept(Base64);
            }
        }

        return href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.AsSpan().ContainsAnyExcept(PathCharacters);
    }
}
