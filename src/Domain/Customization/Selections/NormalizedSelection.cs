using System.Security.Cryptography;
using System.Text;
using CustomiseYou.Domain.Common;

namespace CustomiseYou.Domain.Customization.Selections;

/// <summary>
/// A selection that passed validation, with hidden options dropped and every answer in canonical form. Two
/// selections that mean the same are equal and share <see cref="CanonicalJson"/> and <see cref="Fingerprint"/>, which
/// is what a cart compares to merge identical lines. Only a schema creates one.
/// </summary>
public sealed class NormalizedSelection : ValueObject
{
    internal NormalizedSelection(IEnumerable<KeyValuePair<string, SelectionValue>> values)
    {
        var sorted = new SortedDictionary<string, SelectionValue>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            sorted.Add(key, value);
        }

        Values = sorted.AsReadOnly();
        CanonicalJson = Selections.CanonicalJson.Object(sorted);
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson)));
    }

    /// <summary>Answers by option key, in ordinal key order.</summary>
    public IReadOnlyDictionary<string, SelectionValue> Values { get; }

    /// <summary>Deterministic JSON: sorted keys, no whitespace, canonical numbers.</summary>
    public string CanonicalJson { get; }

    /// <summary>SHA-256 of <see cref="CanonicalJson"/> in lower-case hex.</summary>
    public string Fingerprint { get; }

    public override string ToString() => CanonicalJson;

    protected override IEnumerable<object?> GetEqualityComponents()
    {
        yield return CanonicalJson;
    }
}
