using Microsoft.Kiota.Abstractions.Serialization;

namespace CustomiseYou.ApiClient.Models;

/// <summary>
/// The field errors of a problem (<c>errors</c>: field path to messages), typed. Kiota generates no typed maps
/// (microsoft/kiota#62), so the generated class keeps them in <c>AdditionalData</c>.
/// </summary>
public partial class ProblemDetails_errors
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ByField =>
        AdditionalData.ToDictionary(entry => entry.Key, entry => Messages(entry.Value), StringComparer.Ordinal);

    private static IReadOnlyList<string> Messages(object? value) =>
        value is UntypedArray messages ? [.. messages.GetValue().OfType<UntypedString>().Select(m => m.GetValue() ?? "")] : [];
}
